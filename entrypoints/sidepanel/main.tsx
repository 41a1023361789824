import { render } from 'preact';
import { NotebookApp } from '../notebook/NotebookApp';
import '../../components/extension-page.css';
import '../notebook/notebook.css';

render(<NotebookApp layout="panel" />, document.getElementById('app')!);
