/** Settings › Sources and Import: the packs, switched on and off, imported from a file or a URL, updated and removed. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tNodes } from '../../components/i18n-nodes';
import { JsonFileInput } from '../../components/JsonFileInput';
import { plural, t } from '../../lib/i18n';
import type { BackgroundMessages } from '../../lib/messages';
import { formatDate } from '../../lib/packs/designation-status';
import { originPattern } from '../../lib/packs/origin-pattern';
import type { PackProblem } from '../../lib/packs/pack-validate';
import { sendToBackground } from '../../lib/runtime-messaging';
import { packEnabled, type Settings } from '../../lib/settings/settings';
import { Check } from './controls';

type Dataset = BackgroundMessages['describeDataset']['result'];
type ImportResult = BackgroundMessages['importPack']['result'];
type Report = { from: string; problems: PackProblem[] } | { imported: string } | undefined;

const when = (iso: string) => t('packs_fetched_at', formatDate(iso.slice(0, 10)), iso.slice(11, 16));

export function PacksSection({
  settings,
  dataset,
  change,
  refresh,
}: {
  settings: Settings;
  dataset: Dataset | undefined;
  change: (patch: Partial<Settings>) => void | Promise<void>;
  refresh: () => void;
}) {
  const [report, setReport] = useState<Report>();
  const [url, setUrl] = useState('');

  const show = (from: string, result: ImportResult, updated = false) => {
    setReport(
      result.ok
        ? {
            imported: updated
              ? plural('import_updated', result.pack.entryCount, result.pack.title, from)
              : plural('import_done', result.pack.entryCount, result.pack.title, from),
          }
        : { from, problems: result.problems },
    );
    refresh();
  };
  const importFile = async (file: File) =>
    show(file.name, await sendToBackground('importPack', { fileName: file.name, text: await file.text() }));

  /** Asks for the host (inside the click, as browsers require), then lets the background fetch. */
  const fetchFrom = async (address: string, expectId?: string) => {
    const pattern = originPattern(address);
    if (!pattern)
      return setReport({
        from: address,
        problems: [{ file: address, path: '$', message: t('import_problem_not_http') }],
      });
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      const message = t('import_problem_permission', new URL(address).hostname);
      return setReport({ from: address, problems: [{ file: address, path: '$', message }] });
    }
    show(address, await sendToBackground('importPackFromUrl', { url: address, expectId }), expectId !== undefined);
  };

  const removePack = async (id: string) => {
    const source = dataset?.packs.find((pack) => pack.id === id)?.source;
    await sendToBackground('removePack', { id });
    // Give the host back unless another pack still comes from it.
    const pattern = source && originPattern(source.url);
    const stillUsed = dataset?.packs.some((pack) => pack.id !== id && pack.source && originPattern(pack.source.url) === pattern);
    if (pattern && !stillUsed) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    refresh();
  };

  const togglePack = (id: string, on: boolean) =>
    change({ disabledPacks: on ? settings.disabledPacks.filter((p) => p !== id) : [...settings.disabledPacks, id] });

  return (
    <>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t('packs_heading')}</h2>
        <p class="hint">{t('packs_hint')}</p>
        {!dataset && <p>{t('packs_loading')}</p>}
        <ul class="packs">
          {dataset?.packs.map((pack) => (
            <li key={pack.id} class="pack">
              <Check checked={packEnabled(settings, pack.id)} onChange={(on) => void togglePack(pack.id, on)}>
                <strong>{pack.title}</strong>
              </Check>
              <p class="meta">
                {pack.origin === 'user'
                  ? plural('packs_meta_imported', pack.entryCount, pack.version, formatDate(pack.updated), pack.license)
                  : plural('packs_meta_bundled', pack.entryCount, pack.version, formatDate(pack.updated), pack.license)}
              </p>
              <p class="description" dir="auto">
                {pack.description}
              </p>
              {pack.source && (
                <p class="meta">{tNodes('packs_from', <span dir="ltr">{pack.source.url}</span>, when(pack.source.fetchedAt))}</p>
              )}
              {pack.origin === 'user' && (
                <p class="pack-actions">
                  {pack.source && (
                    <button type="button" class="btn" onClick={() => void fetchFrom(pack.source!.url, pack.id)}>
                      {t('packs_update', pack.title)}
                    </button>
                  )}{' '}
                  <button type="button" class="btn btn-danger" onClick={() => void removePack(pack.id)}>
                    {t('packs_remove', pack.title)}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('import_heading')}</h2>
        <p class="hint">{t('import_hint')}</p>
        <JsonFileInput class="choice" onFile={importFile}>
          {t('import_file')}
        </JsonFileInput>
        <form
          class="import-url"
          onSubmit={(event) => {
            event.preventDefault();
            void fetchFrom(url.trim());
          }}
        >
          <label>
            {t('import_url')}{' '}
            <input type="url" placeholder="https://" value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />
          </label>{' '}
          <button type="submit" class="btn">
            {t('import_url_button')}
          </button>
          <p class="hint">{t('import_url_hint')}</p>
        </form>
        {report && 'imported' in report && (
          <p class="import-ok" role="status">
            {report.imported}
          </p>
        )}
        {report && 'problems' in report && (
          <div class="import-problems" role="alert">
            <p>{plural('import_failed', report.problems.length, report.from)}</p>
            <ul>
              {report.problems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <code>{problem.path}</code>: <bdi>{problem.message}</bdi>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}
