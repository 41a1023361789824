import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { NotebookApp } from './NotebookApp';
import '../../components/extension-page.css';
import './notebook.css';

localizePage(document, 'notebook_title');
render(<NotebookApp layout="page" />, document.getElementById('app')!);
