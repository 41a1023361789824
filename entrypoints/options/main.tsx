import { render } from 'preact';
import { followThemeSetting } from '../../components/page-theme';
import { localizePage } from '../../lib/i18n';
import { OptionsApp } from './OptionsApp';
import '../../components/extension-page.css';
import './options.css';

localizePage(document, 'options_title');
followThemeSetting(document);
render(<OptionsApp />, document.getElementById('app')!);
