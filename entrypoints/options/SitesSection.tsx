/** Settings › Sites: where Backstory runs, the allow and block lists, and entries hidden per site. */
import { useState } from 'preact/hooks';
import { tNodes } from '../../components/i18n-nodes';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/settings';
import { parseSite } from '../../lib/settings/sites';
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
    if (!site) return setError(t('sites_not_a_site', draft.trim()));
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
        <p class="empty">{t('sites_none_yet')}</p>
      ) : (
        <ul class="site-list" aria-label={title}>
          {sites.map((site) => (
            <li key={site}>
              <span dir="ltr">{site}</span>{' '}
              <button
                type="button"
                class="btn"
                onClick={() => onChange(sites.filter((s) => s !== site))}
                aria-label={t('sites_remove_label', site, title)}
              >
                {t('sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label>
          {t('sites_add_label')}{' '}
          <input
            type="text"
            inputMode="url"
            value={draft}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error !== ''}
            onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit" class="btn">
          {t('sites_add')}
        </button>
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
      <h2 id="sites-title">{t('sites_heading')}</h2>
      <Choice
        name="site-mode"
        legend={t('sites_mode_legend')}
        value={settings.siteMode}
        options={[
          ['news', t('sites_mode_news')],
          ['all', t('sites_mode_all')],
          ['allowlist', t('sites_mode_allowlist')],
        ]}
        onChange={(siteMode) => void change({ siteMode })}
      />
      <SiteList
        id="allowed"
        title={t('sites_allowed_title')}
        hint={t('sites_allowed_hint')}
        sites={settings.allowedSites}
        onChange={(allowedSites) => void change({ allowedSites })}
      />
      <SiteList
        id="blocked"
        title={t('sites_blocked_title')}
        hint={t('sites_blocked_hint')}
        sites={settings.blockedSites}
        onChange={(blockedSites) => void change({ blockedSites })}
      />
      <fieldset>
        <legend>{t('sites_hidden_legend')}</legend>
        <p class="hint">{t('sites_hidden_hint', t('card_hide_here'))}</p>
        {hidden.length === 0 ? (
          <p class="empty">{t('sites_hidden_none')}</p>
        ) : (
          <ul class="site-list">
            {hidden.flatMap(([site, ids]) =>
              ids.map((id) => (
                <li key={`${site} ${id}`}>
                  {tNodes('sites_hidden_item', <code>{id}</code>, <span dir="ltr">{site}</span>)}{' '}
                  <button type="button" class="btn" onClick={() => showAgain(site, id)} aria-label={t('sites_show_again_label', id, site)}>
                    {t('sites_show_again')}
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
