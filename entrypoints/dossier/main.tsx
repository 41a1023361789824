import { render } from 'preact';
import { followThemeSetting } from '../../components/page-theme';
import { dossierRequestFrom } from '../../lib/dossier-request';
import { localizePage } from '../../lib/i18n';
import { DossierView } from './DossierView';
import '../../components/extension-page.css';
import './dossier.css';

localizePage(document, 'dossier_title');
followThemeSetting(document);
render(<DossierView request={dossierRequestFrom(location.search)} />, document.getElementById('app')!);
