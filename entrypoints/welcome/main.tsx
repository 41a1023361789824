import { render } from 'preact';
import { followThemeSetting } from '../../components/page-theme';
import { localizePage } from '../../lib/i18n';
import { WelcomeApp } from './WelcomeApp';
import '../../components/extension-page.css';
import './welcome.css';

localizePage(document, 'welcome_title');
followThemeSetting(document);
render(<WelcomeApp />, document.getElementById('app')!);
