/**
 * Browse a pack's entries without a news page: pick a pack, search, filter by kind, and open an
 * entry in place to read all of it (names, summary, designations with today's status, dates,
 * background, related entries and sources).
 *
 * An open entry is the card's own EntryBody: the facts read the same way in both places. The card
 * as a whole is not reused: it is a dialog with a fixed title id, styled for a shadow root.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { searchEntries } from '../lib/engine/entry-search';
import { plural, t } from '../lib/i18n';
import { localToday } from '../lib/packs/designation-status';
import type { Entry, EntryKind } from '../lib/packs/pack-schema';
import { EntryBody } from './EntryBody';
import type { FactSection } from './EntryFacts';
import { KINDS, kindLabel } from './labels';
import './entry-browser.css';

export interface BrowsablePack {
  readonly id: string;
  readonly title: string;
  readonly entryCount: number;
}

export interface EntryBrowserProps {
  readonly packs: ReadonlyArray<BrowsablePack>;
  /** The entries of one pack (the background's listEntries message). */
  readonly loadEntries: (packId: string) => Promise<Entry[]>;
  readonly initialPackId?: string;
  /** authorityId values whose designations the reader chose not to see. */
  readonly hiddenAuthorities?: readonly string[];
  /** The day designation statuses are read for, YYYY-MM-DD; the reader's today unless given. */
  readonly today?: string;
}

/** Results shown at first, and added by each "Show more". */
export const PAGE_SIZE = 50;

type Loaded =
  | { readonly state: 'loading'; readonly packId: string }
  | { readonly state: 'ready'; readonly packId: string; readonly entries: Entry[] }
  | { readonly state: 'failed'; readonly packId: string };

/** The summary as one line of plain text, for the result list. */
export function firstLine(summary: string): string {
  let text = summary;
  if (/<[a-z/!]/i.test(text)) {
    // An inert document: nothing in it runs or loads.
    text = new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
  }
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 199).trimEnd()}…` : line;
}

const GlossarySection: FactSection = ({ label, children }) => (
  <section class="eb-section">
    <h3>{label}</h3>
    {children}
  </section>
);

function countText(loaded: Loaded | undefined, matches: number, shown: number): string {
  if (!loaded) return '';
  if (loaded.state === 'loading') return t('browse_loading');
  if (loaded.state === 'failed') return t('browse_failed');
  const total = loaded.entries.length;
  return shown < matches ? plural('browse_count_partial', total, matches, shown) : plural('browse_count', total, matches);
}

export function EntryBrowser({ packs, loadEntries, initialPackId, hiddenAuthorities = [], today: todayProp }: EntryBrowserProps) {
  const id = useId();
  const [chosenPack, setChosenPack] = useState(initialPackId);
  const packId = packs.some((pack) => pack.id === chosenPack) ? chosenPack : packs[0]?.id;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EntryKind | ''>('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const today = useMemo(() => todayProp ?? localToday(), [todayProp]);
  const list = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | undefined>(undefined);

  // The parent may pass a new function on every render; only a change of pack loads again.
  const load = useRef(loadEntries);
  load.current = loadEntries;
  useEffect(() => {
    if (packId === undefined) return;
    let current = true;
    setLoaded({ state: 'loading', packId });
    setExpanded(new Set());
    setLimit(PAGE_SIZE);
    load
      .current(packId)
      .then((entries) => current && setLoaded({ state: 'ready', packId, entries }))
      .catch(() => current && setLoaded({ state: 'failed', packId }));
    return () => {
      current = false;
    };
  }, [packId]);

  const entries = loaded?.state === 'ready' ? loaded.entries : undefined;
  const results = useMemo(() => (entries ? searchEntries(entries, query, kind || undefined) : []), [entries, query, kind]);
  const names = useMemo(() => new Map(entries?.map((entry) => [entry.id, entry.name])), [entries]);
  const shown = results.slice(0, limit);

  // After "Show more", focus moves to the first result it added, so the keyboard keeps its place.
  useEffect(() => {
    const at = focusAt.current;
    if (at === undefined) return;
    focusAt.current = undefined;
    list.current?.querySelectorAll<HTMLButtonElement>('.eb-toggle')[at]?.focus();
  }, [limit]);

  const toggle = (entryId: string) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(entryId)) next.add(entryId);
      return next;
    });

  if (packs.length === 0) {
    return (
      <div class="entry-browser">
        <p class="eb-muted">{t('browse_no_packs')}</p>
      </div>
    );
  }

  return (
    <div class="entry-browser">
      <search class="eb-controls">
        <label class="eb-field" for={`${id}-pack`}>
          <span>{t('browse_pack')}</span>
          <select id={`${id}-pack`} value={packId} onChange={(event) => setChosenPack((event.target as HTMLSelectElement).value)}>
            {packs.map((pack) => (
              <option key={pack.id} value={pack.id}>
                {plural('browse_pack_option', pack.entryCount, pack.title)}
              </option>
            ))}
          </select>
        </label>
        <label class="eb-field eb-search" for={`${id}-query`}>
          <span>{t('browse_search')}</span>
          <input
            id={`${id}-query`}
            type="search"
            value={query}
            autocomplete="off"
            spellcheck={false}
            aria-describedby={`${id}-count`}
            onInput={(event) => {
              setQuery((event.target as HTMLInputElement).value);
              setLimit(PAGE_SIZE);
            }}
          />
        </label>
        <label class="eb-field" for={`${id}-kind`}>
          <span>{t('browse_kind')}</span>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              setKind((event.target as HTMLSelectElement).value as EntryKind | '');
              setLimit(PAGE_SIZE);
            }}
          >
            <option value="">{t('browse_all_kinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
      </search>

      <p id={`${id}-count`} class="eb-count" role="status" aria-live="polite">
        {countText(loaded, results.length, shown.length)}
      </p>

      {entries && results.length === 0 && <p class="eb-empty">{entries.length === 0 ? t('browse_empty_pack') : t('browse_no_match')}</p>}

      {shown.length > 0 && (
        <ul class="eb-results" ref={list}>
          {shown.map((entry) => {
            const open = expanded.has(entry.id);
            const detailId = `${id}-entry-${entry.id}`;
            return (
              <li key={entry.id} class="eb-result">
                <button type="button" class="eb-toggle" aria-expanded={open} aria-controls={detailId} onClick={() => toggle(entry.id)}>
                  <span class="eb-head">
                    <span class="eb-name" dir="auto">
                      {entry.name}
                    </span>{' '}
                    <span class="eb-kind">{kindLabel(entry.kind)}</span>
                  </span>
                  <span class="eb-line" dir="auto">
                    {firstLine(entry.summary)}
                  </span>
                </button>
                <div id={detailId} class="eb-detail" hidden={!open}>
                  {open && (
                    <EntryBody
                      entry={entry}
                      Section={GlossarySection}
                      today={today}
                      hiddenAuthorities={hiddenAuthorities}
                      nameOf={(i) => names.get(i)}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {shown.length < results.length && (
        <button
          type="button"
          class="eb-more"
          onClick={() => {
            focusAt.current = limit;
            setLimit(limit + PAGE_SIZE);
          }}
        >
          {plural('browse_show_more', results.length - shown.length, Math.min(PAGE_SIZE, results.length - shown.length))}
        </button>
      )}
    </div>
  );
}
