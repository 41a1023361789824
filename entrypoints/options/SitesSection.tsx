/** Settings › Sites: where Backstory runs, the allow and block lists, and entries hidden per site. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { parseSite } from '../../lib/sites';
import { Choice } from './controls';

type Change = (patch: Partial<Settings>) => void | Promise<void>;

function SiteList({
  id,
  title,
  hint,
  sites,
  onChange,
}: {
  id: string;
  title: string;
  hint: string;
  sites: readonly string[];
  onChange: (sites: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = parseSite(draft);
    if (!site) return setError(`“${draft.trim()}” is not a site. Type a host name such as example.com, or paste an address.`);
    setError('');
    setDraft('');
    if (!sites.includes(site)) onChange([...sites, site].sort());
  };
  return (
    <fieldset>
      <legend>{title}</legend>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {sites.length === 0 ? (
        <p class="empty">No sites yet.</p>
      ) : (
        <ul class="site-list" aria-label={title}>
          {sites.map((site) => (
            <li key={site}>
              <span dir="ltr">{site}</span>{' '}
              <button type="button" onClick={() => onChange(sites.filter((s) => s !== site))} aria-label={`Remove ${site} from ${title}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          Add a site{' '}
          <input
            type="text"
            inputMode="url"
            value={draft}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error !== ''}
            onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">Add</button>
        {error && (
          <p class="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}

export function SitesSection({ settings, change }: { settings: Settings; change: Change }) {
  const hidden = Object.entries(settings.hiddenEntries).filter(([, ids]) => ids.length > 0);
  const showAgain = (site: string, id: string) => {
    const rest = (settings.hiddenEntries[site] ?? []).filter((entry) => entry !== id);
    const { [site]: _, ...others } = settings.hiddenEntries;
    void change({ hiddenEntries: rest.length > 0 ? { ...others, [site]: rest } : others });
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <Choice
        name="site-mode"
        legend="Where Backstory runs"
        value={settings.siteMode}
        options={[
          ['news', 'On pages that look like news articles (recommended)'],
          ['all', 'On every site'],
          ['allowlist', 'Only on the sites I allow'],
        ]}
        onChange={(siteMode) => void change({ siteMode })}
      />
      <SiteList
        id="allowed"
        title="Always run on"
        hint="Sites where Backstory runs on every page, whatever the mode. Subdomains are included."
        sites={settings.allowedSites}
        onChange={(allowedSites) => void change({ allowedSites })}
      />
      <SiteList
        id="blocked"
        title="Never run on"
        hint="Sites where Backstory never runs. The block list wins over the allow list."
        sites={settings.blockedSites}
        onChange={(blockedSites) => void change({ blockedSites })}
      />
      <fieldset>
        <legend>Entries hidden on a site</legend>
        <p class="hint">“Not this here” on a card hides that entry on that site only.</p>
        {hidden.length === 0 ? (
          <p class="empty">None.</p>
        ) : (
          <ul class="site-list">
            {hidden.flatMap(([site, ids]) =>
              ids.map((id) => (
                <li key={`${site} ${id}`}>
                  <code>{id}</code> on <span dir="ltr">{site}</span>{' '}
                  <button type="button" onClick={() => showAgain(site, id)} aria-label={`Show ${id} again on ${site}`}>
                    Show again
                  </button>
                </li>
              )),
            )}
          </ul>
        )}
      </fieldset>
    </section>
  );
}
