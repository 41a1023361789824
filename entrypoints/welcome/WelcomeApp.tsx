/**
 * The page that opens when Backstory is installed (entrypoints/background/welcome-on-install.ts):
 * what it does, what its bundled packs cover (asked from the background, so the counts are the
 * build's own), the shortcuts as the browser has them, and what stays private.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { plural, t } from '../../lib/i18n';
import type { BackgroundMessages } from '../../lib/messages';
import { sendToBackground } from '../../lib/runtime-messaging';
import { ShortcutList } from './ShortcutList';

type Pack = BackgroundMessages['describeDataset']['result']['packs'][number];

export function WelcomeApp() {
  const [packs, setPacks] = useState<Pack[] | undefined>();
  useEffect(() => {
    void sendToBackground('describeDataset', {})
      .then((dataset) => setPacks(dataset.packs.filter((pack) => pack.origin === 'bundled')))
      .catch(() => setPacks([]));
  }, []);

  return (
    <main>
      <header class="hero">
        <img src={browser.runtime.getURL('/icon/128.png')} alt="" width={72} height={72} />
        <div>
          <h1>{t('welcome_title')}</h1>
          <p class="lead">{t('welcome_lead')}</p>
        </div>
      </header>

      <section aria-labelledby="what-title">
        <h2 id="what-title">{t('welcome_what_heading')}</h2>
        <ul class="points">
          <li>{t('welcome_what_marks')}</li>
          <li>{t('welcome_what_card')}</li>
          <li>{t('welcome_what_sources')}</li>
          <li>{t('welcome_what_sites')}</li>
        </ul>
      </section>

      <section aria-labelledby="packs-title">
        <h2 id="packs-title">{t('welcome_packs_heading')}</h2>
        <p>{t('welcome_packs_intro')}</p>
        {packs === undefined ? (
          <p class="hint">{t('welcome_packs_loading')}</p>
        ) : (
          <ul class="packs">
            {packs.map((pack) => (
              <li key={pack.id} class="pack">
                <h3 dir="auto">{pack.title}</h3>
                <p class="count">{plural('welcome_pack_entries', pack.entryCount)}</p>
                <p dir="auto">{pack.description}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{t('welcome_keys_heading')}</h2>
        <ShortcutList />
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcome_privacy_heading')}</h2>
        <ul class="points">
          <li>{t('welcome_privacy_offline')}</li>
          <li>{t('welcome_privacy_page_text')}</li>
          <li>{t('welcome_privacy_no_account')}</li>
          <li>{t('welcome_privacy_network')}</li>
        </ul>
      </section>

      <nav class="next" aria-label={t('welcome_next_label')}>
        <a href={browser.runtime.getURL('/options.html')}>
          <strong>{t('welcome_settings_link')}</strong>
          <span>{t('welcome_settings_hint')}</span>
        </a>
        <a href={browser.runtime.getURL('/notebook.html')}>
          <strong>{t('welcome_notebook_link')}</strong>
          <span>{t('welcome_notebook_hint')}</span>
        </a>
      </nav>
    </main>
  );
}
