import { render } from 'preact';
import { localizePage } from '../../lib/i18n';
import { OptionsApp } from './OptionsApp';
import '../../components/extension-page.css';
import './options.css';

localizePage(document, 'options_title');
render(<OptionsApp />, document.getElementById('app')!);
