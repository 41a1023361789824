// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify (used by RichText in the expanded entry) needs it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntryBrowser, type EntryBrowserProps, firstLine } from '../../components/EntryBrowser';
import type { Entry } from '../../lib/packs/pack-schema';
import { entry } from '../support/entries';

afterEach(cleanup);

const hts = entry(
  'hts',
  'organization',
  [
    { text: "Hay'at Tahrir al-Sham", kind: 'name' },
    { text: 'HTS', kind: 'acronym' },
    { text: 'هيئة تحرير الشام', kind: 'name', lang: 'ar' },
  ],
  [],
  {
    summary: 'A Syrian armed group that led the offensive of late 2024.\nA second line that the list leaves out.',
    background: 'Formed in 2017 from the al-Nusra Front and smaller factions.',
    designations: [
      {
        authority: 'US Department of State',
        authorityId: 'us-state',
        list: 'Foreign Terrorist Organizations',
        events: [
          { date: '2012-12-11', type: 'listed', sources: ['s1'] },
          { date: '2025-07-08', type: 'delisted', sources: ['s1'] },
        ],
        checked: '2025-07-08',
      },
    ],
    related: [{ id: 'aleppo', relation: 'related', note: 'Taken in 2024.' }],
  },
);
const aleppo = entry(
  'aleppo',
  'place',
  [
    { text: 'Aleppo', kind: 'name' },
    { text: 'حلب', kind: 'name', lang: 'ar' },
  ],
  [],
  { summary: 'The largest city of northern Syria.' },
);
const assad = entry('bashar', 'person', [{ text: 'Bashar al-Assad', kind: 'name' }], [], { summary: 'President of Syria until 2024.' });

/** Enough terms to need "Show more": 60 of them, "Term 01" to "Term 60". */
const terms: Entry[] = Array.from({ length: 60 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return entry(`term-${n}`, 'term', [{ text: `Term ${n}`, kind: 'name' }], [], { summary: `Glossary term number ${n}.` });
});

const SMALL: Entry[] = [hts, aleppo, assad];
const BIG: Entry[] = [...SMALL, ...terms];

const PACKS = [
  { id: 'small', title: 'Small pack', entryCount: SMALL.length },
  { id: 'big', title: 'Big pack', entryCount: BIG.length },
];

function show(overrides: Partial<EntryBrowserProps> = {}) {
  const loadEntries = vi.fn(async (packId: string) => (packId === 'big' ? BIG : SMALL));
  const props: EntryBrowserProps = { packs: PACKS, loadEntries, today: '2026-11-25', ...overrides };
  render(<EntryBrowser {...props} />);
  return props;
}

const count = () => screen.getByRole('status');
const results = () => Array.from(document.querySelectorAll<HTMLButtonElement>('.eb-results .eb-toggle'));
const resultNames = () => results().map((button) => button.querySelector('.eb-name')?.textContent);
const search = (text: string) => fireEvent.input(screen.getByRole('searchbox', { name: 'Search entries' }), { target: { value: text } });

describe('EntryBrowser', () => {
  it('loads the first pack and lists its entries by name, with a polite count', async () => {
    const props = show();
    expect(props.loadEntries).toHaveBeenCalledWith('small');
    await waitFor(() => expect(count().textContent).toBe('3 of 3 entries'));
    expect(count().getAttribute('aria-live')).toBe('polite');
    expect(resultNames()).toEqual(['Aleppo', 'Bashar al-Assad', "Hay'at Tahrir al-Sham"]);
  });

  it('labels its controls', async () => {
    show();
    expect(screen.getByRole('combobox', { name: 'Pack' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search entries' })).toBeTruthy();
    await waitFor(() => expect(results()).toHaveLength(3));
  });

  it('shows each result’s name, kind and only the first line of its summary', async () => {
    show();
    await waitFor(() => expect(results()).toHaveLength(3));
    const button = results()[2]!;
    expect(button.querySelector('.eb-kind')?.textContent).toBe('Organisation');
    expect(button.querySelector('.eb-line')?.textContent).toBe('A Syrian armed group that led the offensive of late 2024.');
  });

  it('filters as the reader types, and the count follows', async () => {
    show();
    await waitFor(() => expect(results()).toHaveLength(3));
    search('syria');
    expect(resultNames()).toEqual(['Aleppo', 'Bashar al-Assad', "Hay'at Tahrir al-Sham"]);
    search('al-assad');
    expect(resultNames()).toEqual(['Bashar al-Assad']);
    expect(count().textContent).toBe('1 of 3 entries');
    search('HTS');
    expect(resultNames()).toEqual(["Hay'at Tahrir al-Sham"]);
    search('حلب');
    expect(resultNames()).toEqual(['Aleppo']);
    search('nothing like this');
    expect(results()).toHaveLength(0);
    expect(count().textContent).toBe('0 of 3 entries');
    expect(document.body.textContent).toContain('No entries match.');
    search('');
    expect(count().textContent).toBe('3 of 3 entries');
  });

  it('filters by kind', async () => {
    show();
    await waitFor(() => expect(results()).toHaveLength(3));
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All kinds', 'Organisation', 'Person', 'Place', 'Document', 'Event', 'Term']);
    fireEvent.change(kind, { target: { value: 'place' } });
    expect(resultNames()).toEqual(['Aleppo']);
    expect(count().textContent).toBe('1 of 3 entries');
  });

  it('expands an entry in place to show all of it, and collapses it again', async () => {
    show();
    await waitFor(() => expect(results()).toHaveLength(3));
    const button = screen.getByRole('button', { name: /Hay'at Tahrir al-Sham/ });
    const detail = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(detail.hidden).toBe(true);
    expect(detail.textContent).toBe('');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(detail.hidden).toBe(false);
    const text = detail.textContent ?? '';
    expect(text).toContain('A second line that the list leaves out.');
    expect(text).toContain('Formed in 2017 from the al-Nusra Front');
    expect(text).toContain('Also known as: HTS (acronym), هيئة تحرير الشام (Arabic)');
    expect(text).toContain('In force with 0 of 1 authority today.');
    expect(text).toContain('Today (25 Nov 2026)Removed 8 Jul 2025');
    // The related entry by its name in the pack, not its id.
    expect(detail.querySelector('.related')?.textContent).toBe('related Aleppo — Taken in 2024.');
    expect(detail.querySelector('.sources a')?.getAttribute('href')).toBe('https://example.org/source');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(detail.hidden).toBe(true);
  });

  it('leaves out designations by authorities the reader hid', async () => {
    show({ hiddenAuthorities: ['us-state'] });
    await waitFor(() => expect(results()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: /Hay'at Tahrir al-Sham/ }));
    expect(document.body.textContent).not.toContain('US Department of State');
    expect(document.body.textContent).toContain('Formed in 2017');
  });

  it('shows 50 results at first and more on request, moving focus to the first new one', async () => {
    show({ initialPackId: 'big' });
    await waitFor(() => expect(results()).toHaveLength(50));
    expect(count().textContent).toBe('63 of 63 entries; showing the first 50');
    const more = screen.getByRole('button', { name: 'Show more (13 of 13 remaining)' });
    fireEvent.click(more);
    expect(results()).toHaveLength(63);
    expect(count().textContent).toBe('63 of 63 entries');
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(results()[50]));
  });

  it('starts again from 50 when the search changes', async () => {
    show({ initialPackId: 'big' });
    await waitFor(() => expect(results()).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: /Show more/ }));
    expect(results()).toHaveLength(63);
    search('term');
    expect(results()).toHaveLength(50);
    expect(count().textContent).toBe('60 of 63 entries; showing the first 50');
    search('term 07');
    expect(resultNames()).toEqual(['Term 07']);
  });

  it('loads another pack when one is chosen', async () => {
    const props = show();
    await waitFor(() => expect(results()).toHaveLength(3));
    fireEvent.change(screen.getByRole('combobox', { name: 'Pack' }), { target: { value: 'big' } });
    expect(props.loadEntries).toHaveBeenLastCalledWith('big');
    await waitFor(() => expect(count().textContent).toBe('63 of 63 entries; showing the first 50'));
  });

  it('says so when a pack cannot be loaded', async () => {
    show({ loadEntries: () => Promise.reject(new Error('gone')) });
    await waitFor(() => expect(count().textContent).toBe('These entries could not be loaded.'));
  });

  it('keeps to the latest pack when an earlier load answers late', async () => {
    let answerSmall: (entries: Entry[]) => void = () => {};
    const loadEntries = (packId: string) =>
      packId === 'small' ? new Promise<Entry[]>((resolve) => (answerSmall = resolve)) : Promise.resolve(BIG);
    show({ loadEntries });
    fireEvent.change(screen.getByRole('combobox', { name: 'Pack' }), { target: { value: 'big' } });
    await waitFor(() => expect(results()).toHaveLength(50));
    answerSmall(SMALL);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(results()).toHaveLength(50);
    expect(count().textContent).toContain('of 63 entries');
  });
});

describe('firstLine', () => {
  it('takes the first line of plain text or markup', () => {
    expect(firstLine('One.\nTwo.')).toBe('One.');
    expect(firstLine('<p>Safe <em>text</em></p><p>more</p>')).toBe('Safe textmore');
    expect(firstLine('x'.repeat(300))).toHaveLength(200);
  });
});
