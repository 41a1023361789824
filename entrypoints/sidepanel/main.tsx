import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { NotebookApp } from '../notebook/NotebookApp';
import '../../components/extension-page.css';
import '../notebook/notebook.css';

localizePage(document, 'notebook_title');
render(<NotebookApp layout="panel" />, document.getElementById('app')!);
