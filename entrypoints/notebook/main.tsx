import { render } from 'preact';
import { NotebookApp } from './NotebookApp';
import '../../components/extension-page.css';
import './notebook.css';

render(<NotebookApp layout="page" />, document.getElementById('app')!);
