import { render } from 'preact';
import { followThemeSetting } from '../../components/page-theme';
import { localizePage } from '../../lib/i18n';
import { PanelApp } from './PanelApp';
import '../../components/extension-page.css';
import '../notebook/notebook.css';
import '../dossier/dossier.css';
import './panel.css';

localizePage(document, 'notebook_title');
followThemeSetting(document);
render(<PanelApp />, document.getElementById('app')!);
