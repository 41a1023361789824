/** Settings › Sources and Import: the packs, switched on and off, imported from a file or a URL, updated and removed. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDate } from '../../lib/designation-status';
import type { BackgroundMessages } from '../../lib/messages';
import type { PackProblem } from '../../lib/pack-validate';
import { sendToBackground } from '../../lib/runtime-messaging';
import { packEnabled, type Settings } from '../../lib/settings';
import { Check } from './controls';

type Dataset = BackgroundMessages['describeDataset']['result'];
type ImportResult = BackgroundMessages['importPack']['result'];
type Report = { from: string; problems: PackProblem[] } | { from: string; imported: string } | undefined;

/** The host permission pattern for a URL ("https://example.org/*"), or undefined when it is not http(s). */
function originPattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.protocol}//${parsed.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

const when = (iso: string) => `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;

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

  const show = (from: string, result: ImportResult, verb = 'Imported') => {
    setReport(
      result.ok
        ? {
            from,
            imported: `${verb} ${result.pack.title} (${result.pack.entryCount} ${result.pack.entryCount === 1 ? 'entry' : 'entries'})`,
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
        problems: [{ file: address, path: '$', message: 'the address must start with http:// or https://' }],
      });
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) {
      const message = `Backstory needs your permission to read ${new URL(address).hostname} to fetch the pack; nothing was imported`;
      return setReport({ from: address, problems: [{ file: address, path: '$', message }] });
    }
    show(address, await sendToBackground('importPackFromUrl', { url: address, expectId }), expectId ? 'Updated' : 'Imported');
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
        <h2 id="sources-title">Sources</h2>
        <p class="hint">Packs of reference entries: bundled with Backstory or imported by you. Switch one off to stop marking its terms.</p>
        {!dataset && <p>Loading…</p>}
        <ul class="packs">
          {dataset?.packs.map((pack) => (
            <li key={pack.id} class="pack">
              <Check checked={packEnabled(settings, pack.id)} onChange={(on) => void togglePack(pack.id, on)}>
                <strong>{pack.title}</strong>
              </Check>
              <p class="meta">
                Version {pack.version} · {pack.entryCount} entries · updated {formatDate(pack.updated)} · licence {pack.license}
                {pack.origin === 'user' ? ' · imported' : ' · bundled'}
              </p>
              <p class="description">{pack.description}</p>
              {pack.source && (
                <p class="meta">
                  From <span dir="ltr">{pack.source.url}</span>, last fetched {when(pack.source.fetchedAt)}
                </p>
              )}
              {pack.origin === 'user' && (
                <p class="pack-actions">
                  {pack.source && (
                    <button type="button" onClick={() => void fetchFrom(pack.source!.url, pack.id)}>
                      Update {pack.title}
                    </button>
                  )}{' '}
                  <button type="button" onClick={() => void removePack(pack.id)}>
                    Remove {pack.title}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">Import a pack</h2>
        <p class="hint">
          A JSON file in the pack format (see the published schema). Every problem is listed, and nothing is imported unless all of the file
          is valid.
        </p>
        <label class="choice">
          Pack file{' '}
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) void importFile(file).finally(() => (input.value = ''));
            }}
          />
        </label>
        <form
          class="import-url"
          onSubmit={(event) => {
            event.preventDefault();
            void fetchFrom(url.trim());
          }}
        >
          <label>
            Or a pack’s address{' '}
            <input type="url" placeholder="https://" value={url} onInput={(event) => setUrl((event.target as HTMLInputElement).value)} />
          </label>{' '}
          <button type="submit">Import from URL</button>
          <p class="hint">
            Your browser asks you to let Backstory read that site. Backstory fetches the file only when you import or update it, without
            cookies.
          </p>
        </form>
        {report && 'imported' in report && (
          <p class="import-ok" role="status">
            {report.imported} from {report.from}.
          </p>
        )}
        {report && 'problems' in report && (
          <div class="import-problems" role="alert">
            <p>
              {report.from} was not imported: {report.problems.length} {report.problems.length === 1 ? 'problem' : 'problems'}.
            </p>
            <ul>
              {report.problems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <code>{problem.path}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}
