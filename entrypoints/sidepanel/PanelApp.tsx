/**
 * The side panel (Chromium) and sidebar (Firefox): the notebook, and the full record of the entry
 * last opened from a card. A card's "Full record" switches the panel to it.
 */
import { useEffect, useState } from 'preact/hooks';
import { type DossierRequest, panelDossier } from '../../lib/dossier-request';
import { t } from '../../lib/i18n';
import { DossierView } from '../dossier/DossierView';
import { NotebookApp } from '../notebook/NotebookApp';

type View = 'notebook' | 'dossier';

export function PanelApp() {
  const [request, setRequest] = useState<DossierRequest | null>(null);
  const [view, setView] = useState<View>('notebook');
  useEffect(() => {
    const show = (next: DossierRequest | null) => {
      setRequest(next);
      if (next) setView('dossier');
    };
    void panelDossier.getValue().then(show);
    return panelDossier.watch(show);
  }, []);

  const tab = (name: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`panel-tab-${name}`}
      aria-selected={view === name}
      aria-controls={`panel-${name}`}
      tabIndex={view === name ? 0 : -1}
      onClick={() => setView(name)}
    >
      {label}
    </button>
  );

  if (!request) {
    return (
      <div class="panel">
        <NotebookApp layout="panel" />
      </div>
    );
  }
  return (
    <div class="panel">
      <div class="panel-tabs" role="tablist" aria-label={t('panel_views')}>
        {tab('dossier', t('panel_dossier'))}
        {tab('notebook', t('panel_notebook'))}
      </div>
      <div id="panel-dossier" role="tabpanel" aria-labelledby="panel-tab-dossier" hidden={view !== 'dossier'}>
        <DossierView request={request} onOpen={(next) => void panelDossier.setValue(next)} />
      </div>
      <div id="panel-notebook" role="tabpanel" aria-labelledby="panel-tab-notebook" hidden={view !== 'notebook'}>
        <NotebookApp layout="panel" />
      </div>
    </div>
  );
}
