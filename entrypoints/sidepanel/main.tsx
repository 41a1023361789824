import { render } from 'preact';
import { followThemeSetting } from '../../components/page-theme';
import { localizePage } from '../../lib/i18n';
import { NotebookApp } from '../notebook/NotebookApp';
import '../../components/extension-page.css';
import '../notebook/notebook.css';

localizePage(document, 'notebook_title');
followThemeSetting(document);
render(<NotebookApp layout="panel" />, document.getElementById('app')!);
