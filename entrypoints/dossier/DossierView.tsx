/**
 * Loads and shows one entry's full record for a request (from the page's address, or the side
 * panel's stored request). Related entries link to this same page for their own record.
 */
import { useEffect, useState } from 'preact/hooks';
import { Dossier } from '../../components/Dossier';
import { type DossierRequest, dossierQuery } from '../../lib/dossier-request';
import { t } from '../../lib/i18n';
import type { EntryDetails } from '../../lib/messages';
import { localToday } from '../../lib/packs/designation-status';
import { sendToBackground } from '../../lib/runtime-messaging';
import { loadSettings } from '../../lib/settings/settings-store';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'entry'; readonly details: EntryDetails; readonly hidden: readonly string[] };

interface Props {
  readonly request: DossierRequest | undefined;
  /** Opening a related entry: the side panel changes its request; the page follows the link. */
  readonly onOpen?: (request: DossierRequest) => void;
}

export function DossierView({ request, onOpen }: Props) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (!request) {
      setLoaded({ state: 'missing' });
      return;
    }
    let current = true;
    setLoaded({ state: 'loading' });
    void Promise.all([sendToBackground('getEntry', { id: request.id }), loadSettings()]).then(
      ([details, settings]) => {
        if (current) setLoaded(details ? { state: 'entry', details, hidden: settings.hiddenAuthorities } : { state: 'missing' });
      },
      () => current && setLoaded({ state: 'missing' }),
    );
    return () => {
      current = false;
    };
  }, [request?.id, request?.articleDate, request?.dateFrom]);

  if (loaded.state === 'loading') return <p class="dossier-status">{t('dossier_loading')}</p>;
  if (loaded.state === 'missing' || !request) return <p class="dossier-status">{t('dossier_not_found')}</p>;
  const articleDate = request.articleDate && request.dateFrom ? { date: request.articleDate, from: request.dateFrom } : undefined;
  const related = (id: string): DossierRequest => ({ ...request, id });
  return (
    <Dossier
      details={loaded.details}
      articleDate={articleDate}
      today={localToday()}
      hiddenAuthorities={loaded.hidden}
      linkTo={(id) => `/dossier.html${dossierQuery(related(id))}`}
      onLink={onOpen && ((id) => onOpen(related(id)))}
    />
  );
}
