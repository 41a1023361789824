import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { PopupApp } from './PopupApp';
import '../../components/extension-page.css';
import './popup.css';

localizePage(document, 'ext_name');
render(<PopupApp />, document.getElementById('app')!);
