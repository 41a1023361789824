import { render } from 'preact';
import { followThemeSetting } from '../../components/page-theme';
import { localizePage } from '../../lib/i18n';
import { PopupApp } from './PopupApp';
import '../../components/extension-page.css';
import './popup.css';

localizePage(document, 'ext_name');
followThemeSetting(document);
render(<PopupApp />, document.getElementById('app')!);
