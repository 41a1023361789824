// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not sanitise correctly under happy-dom 21 (it keeps <script>).
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardProps } from '../../components/Card';
import { sanitize } from '../../components/RichText';
import type { EntryDetails } from '../../lib/messages';
import { entry } from '../support/entries';

afterEach(cleanup);

const nusra = entry(
  'hts',
  'organization',
  [
    { text: "Hay'at Tahrir al-Sham", kind: 'name' },
    { text: 'HTS', kind: 'acronym' },
    { text: 'هيئة تحرير الشام', kind: 'name', lang: 'ar' },
  ],
  [],
  {
    background: 'Formed in 2017 from the al-Nusra Front and smaller factions.',
    designations: [
      {
        authority: 'US Department of State',
        authorityId: 'us-state',
        list: 'Foreign Terrorist Organizations',
        listedAs: 'al-Nusrah Front',
        referenceId: 'FTO-1',
        events: [
          { date: '2012-12-11', type: 'listed', sources: ['s1'] },
          { date: '2018-05-31', type: 'amended', note: 'HTS added as an alias', sources: ['s1'] },
          { date: '2025-07-08', type: 'delisted', sources: ['s1'] },
        ],
        checked: '2025-07-08',
      },
      {
        authority: 'Example Ministry',
        authorityId: 'ex',
        list: 'Example list',
        events: [{ date: '2019-01-01', type: 'listed', sources: ['s1'] }],
      },
    ],
    related: [{ id: 'nusra', relation: 'predecessor' }],
  },
);

const details: EntryDetails = { entry: nusra, pack: { id: 'test', title: 'Test pack' }, relatedNames: { nusra: 'al-Nusra Front' } };

function show(overrides: Partial<CardProps> = {}) {
  const props: CardProps = {
    content: { state: 'entry', details },
    articleDate: { date: '2024-12-03', from: 'meta' },
    today: '2026-11-25',
    pinned: false,
    onClose: vi.fn(),
    onPick: vi.fn(),
    ...overrides,
  };
  render(<Card {...props} />);
  return props;
}

describe('Card', () => {
  it('is a dialog named by the entry', () => {
    show();
    expect(screen.getByRole('dialog', { name: "Hay'at Tahrir al-Sham" })).toBeTruthy();
  });

  it('shows the status on the article date and today, and what changed in between', () => {
    show();
    const text = document.body.textContent ?? '';
    // The Example Ministry's listing is not confirmed, so it is named, not counted as in force (issue 14).
    expect(text).toContain(
      'In force with 0 of 2 authorities today; lifted by 1 since the article. 1 listing not confirmed: Example Ministry.',
    );
    expect(text).toContain('Article dated 3 Dec 2024 (from the page’s metadata)');
    expect(text).toContain('On the article’s date (3 Dec 2024)Listed');
    expect(text).toContain('Today (25 Nov 2026)Removed 8 Jul 2025');
    expect(text).toContain('Since the article: removed on 8 Jul 2025.');
    expect(text).toContain('Listed as al-Nusrah Front · FTO-1');
    expect(text).toContain('Status last confirmed 8 Jul 2025.');
  });

  it('leaves out the authorities the reader chose to hide', () => {
    show({ hiddenAuthorities: ['ex'] });
    const text = document.body.textContent ?? '';
    expect(text).not.toContain('Example Ministry');
    expect(text).toContain('In force with 0 of 1 authority today; lifted by 1 since the article.');
  });

  it('says honestly when a current status has not been confirmed', () => {
    show();
    expect(document.body.textContent).toContain('Current status unverified since 1 Jan 2019.');
  });

  it('shows today only when the page has no publication date', () => {
    show({ articleDate: undefined });
    const text = document.body.textContent ?? '';
    expect(text).toContain('Showing today’s status only (no article date to compare with).');
    expect(text).not.toContain('On the article’s date');
    expect(text).toContain('Today (25 Nov 2026)Removed 8 Jul 2025');
  });

  it('lists the event history with links to numbered sources', () => {
    show();
    expect(document.body.textContent).toContain('History (3 events)');
    expect(document.body.textContent).toContain('HTS added as an alias');
    const refs = Array.from(document.querySelectorAll('.refs a'));
    expect(refs.length).toBeGreaterThan(0);
    expect(refs[0]?.textContent).toBe('[1]');
  });

  it('links sources safely', () => {
    show();
    const link = document.querySelector('.sources a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/source');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('renders a non-http source URL as text, not a link', () => {
    const unsafe = { ...details, entry: { ...nusra, sources: [{ ...nusra.sources[0]!, url: 'javascript:alert(1)' }] } };
    show({ content: { state: 'entry', details: unsafe } });
    expect(document.querySelector('.sources a')).toBeNull();
    expect(document.querySelector('.sources')?.textContent).toContain('Test source');
  });

  it('renders plain text from data as text, and markup only through DOMPurify', () => {
    const withMarkup = {
      ...details,
      entry: {
        ...nusra,
        summary: '<img src=x onerror=alert(1)> 5 < 6',
        background: '<p>Safe <em>text</em><script>alert(1)</script> <a href="javascript:x">bad</a></p>',
      },
    };
    show({ content: { state: 'entry', details: withMarkup } });
    expect(document.querySelector('.summary img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('.background em')?.textContent).toBe('text');
    expect(document.querySelector('.background a')?.hasAttribute('href')).toBe(false);
  });

  it('keeps plain text that merely contains "<" as text', () => {
    show({ content: { state: 'entry', details: { ...details, entry: { ...nusra, summary: 'Fewer than 5 <= 6 groups.' } } } });
    expect(document.querySelector('.summary')?.textContent).toBe('Fewer than 5 <= 6 groups.');
  });

  it('isolates each name so right-to-left names do not scramble the list', () => {
    show();
    const names = Array.from(document.querySelectorAll('.names bdi'));
    expect(names.map((n) => n.textContent)).toEqual(['HTS', 'هيئة تحرير الشام']);
    expect(names[1]?.getAttribute('lang')).toBe('ar');
  });

  it('shows related entries by name', () => {
    show();
    expect(document.querySelector('.related')?.textContent).toBe('predecessor al-Nusra Front');
  });

  it('offers a close button only when pinned', () => {
    show();
    expect(screen.queryByRole('button', { name: 'Close card' })).toBeNull();
    cleanup();
    const props = show({ pinned: true });
    fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('lists the candidates of an ambiguous mention and lets the reader pick one', () => {
    const props = show({
      content: {
        state: 'ambiguous',
        text: 'Assad',
        candidates: [
          { id: 'bashar', name: 'Bashar al-Assad', kind: 'person' },
          { id: 'hafez', name: 'Hafez al-Assad', kind: 'person' },
        ],
      },
    });
    expect(screen.getByRole('dialog', { name: '“Assad” could mean' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Hafez al-Assad/ }));
    expect(props.onPick).toHaveBeenCalledWith('hafez');
  });
});

describe('sanitize', () => {
  it('keeps only the allow-listed tags and http(s) links', () => {
    const clean = sanitize('<a href="https://x.org" onclick="y()">ok</a><iframe src="https://x.org"></iframe><b>b</b>');
    expect(clean).toBe('<a href="https://x.org" target="_blank" rel="noopener noreferrer">ok</a><b>b</b>');
  });
});
