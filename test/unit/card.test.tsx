// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify does not sanitise correctly under happy-dom 21 (it keeps <script>).
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardActions, type CardProps } from '../../components/Card';
import { sanitize } from '../../components/RichText';
import type { Designation } from '../../lib/packs/pack-schema';
import { details, nusra } from '../support/card-fixture';

afterEach(cleanup);

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

function actions(): CardActions {
  return {
    onTogglePin: vi.fn(),
    onSaveArticle: vi.fn(),
    onCopyCitation: vi.fn(),
    onHideHere: vi.fn(),
    onSiteOff: vi.fn(),
    onOpenDossier: vi.fn(),
  };
}

/** The status strip's rows as [authority, cell, cell…] texts. */
const stripRows = () =>
  Array.from(document.querySelectorAll('.strip tbody tr')).map((row) => Array.from(row.children).map((cell) => cell.textContent));

describe('Card (the glance)', () => {
  it('is a dialog named by the entry, with its kind and one-sentence summary', () => {
    show();
    expect(screen.getByRole('dialog', { name: "Hay'at Tahrir al-Sham" })).toBeTruthy();
    expect(document.querySelector('.kind')?.textContent).toBe('Organisation');
    expect(document.querySelector('.summary')?.textContent).toBe("Hay'at Tahrir al-Sham (test entry).");
  });

  it('counts only confirmed listings as in force and names the unconfirmed ones apart', () => {
    show();
    expect(document.querySelector('.at-a-glance')?.textContent).toBe(
      'In force with 0 of 2 authorities today; lifted by 1 since the article. 1 listing not confirmed: Example Ministry.',
    );
  });

  it('shows one row per authority, on the article’s date and today, what changed first', () => {
    show();
    const heads = Array.from(document.querySelectorAll('.strip thead th')).map((th) => th.textContent);
    expect(heads).toEqual(['Authority', 'On 3 Dec 2024', 'Today']);
    expect(stripRows()).toEqual([
      ['US State Dept.', 'Listed', 'Removed 8 Jul 2025'],
      ['Example Ministry', 'Listed', 'Unconfirmed'],
    ]);
  });

  it('gives an unconfirmed listing a look of its own, with when it was last known', () => {
    show();
    const pill = document.querySelectorAll('.strip tbody tr')[1]!.querySelectorAll('.pill')[1]!;
    expect(pill.classList.contains('look-unverified')).toBe(true);
    expect(pill.getAttribute('title')).toBe('Current status unverified since 1 Jan 2019.');
    // The confirmed removal looks different from it.
    expect(document.querySelector('.strip tbody tr .pill.look-removed')).not.toBeNull();
  });

  it('shows today only when the page has no publication date', () => {
    show({ articleDate: undefined });
    expect(Array.from(document.querySelectorAll('.strip thead th')).map((th) => th.textContent)).toEqual(['Authority', 'Today']);
    // Nothing to compare with: unconfirmed listings come before removals.
    expect(stripRows()).toEqual([
      ['Example Ministry', 'Unconfirmed'],
      ['US State Dept.', 'Removed 8 Jul 2025'],
    ]);
    expect(document.querySelector('.at-a-glance')?.textContent).toContain('In force with 0 of 2 authorities today.');
  });

  it('leaves out the authorities the reader chose to hide', () => {
    show({ hiddenAuthorities: ['ex'] });
    expect(document.body.textContent).not.toContain('Example Ministry');
    expect(document.querySelector('.at-a-glance')?.textContent).toBe(
      'In force with 0 of 1 authority today; lifted by 1 since the article.',
    );
  });

  it('shows at most four rows and sends the rest to the full record', () => {
    const many: Designation[] = ['uk', 'eu', 'ca', 'au', 'un'].map((id) => ({
      authority: `Authority ${id}`,
      authorityId: id,
      list: 'A list',
      events: [{ date: '2015-01-01', type: 'listed', sources: ['s1'] }],
      checked: '2026-11-01',
    }));
    show({ content: { state: 'entry', details: { ...details, entry: { ...nusra, designations: many } } } });
    expect(stripRows().map((row) => row[0])).toEqual(['UK', 'EU', 'Canada', 'Australia']);
    expect(document.querySelector('.strip-more')?.textContent).toBe('1 more authority in the full record');
  });

  it('names the list when one authority has two', () => {
    const second: Designation = { ...nusra.designations[0]!, list: 'Specially Designated Global Terrorists (E.O. 13224)' };
    show({ content: { state: 'entry', details: { ...details, entry: { ...nusra, designations: [nusra.designations[0]!, second] } } } });
    expect(stripRows().map((row) => row[0])).toEqual(['US State Dept. FTO', 'US State Dept. SDGT']);
  });

  it('keeps the dossier out of the glance: no history, sources or list of names', () => {
    show();
    expect(document.querySelector('.history')).toBeNull();
    expect(document.querySelector('.sources')).toBeNull();
    expect(document.querySelector('.names')).toBeNull();
    expect(document.body.textContent).not.toContain('HTS added as an alias');
  });

  it('renders plain text from data as text, and markup only through DOMPurify', () => {
    show({ content: { state: 'entry', details: { ...details, entry: { ...nusra, summary: '<img src=x onerror=alert(1)> 5 < 6' } } } });
    expect(document.querySelector('.summary img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('keeps plain text that merely contains "<" as text', () => {
    show({ content: { state: 'entry', details: { ...details, entry: { ...nusra, summary: 'Fewer than 5 <= 6 groups.' } } } });
    expect(document.querySelector('.summary')?.textContent).toBe('Fewer than 5 <= 6 groups.');
  });

  it('puts the full record first in its footer, pin and save beside it, the rest in a menu', () => {
    const buttons = actions();
    show({ actions: buttons });
    const footer = Array.from(document.querySelectorAll('.card-foot > button, .card-foot .menu-button')).map(
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(footer).toEqual(['Full record', 'Pin', 'Save article', 'More actions']);
    fireEvent.click(screen.getByRole('button', { name: 'Full record' }));
    expect(buttons.onOpenDossier).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menuitem')).toBeNull();
  });

  it('opens its ⋯ menu, moves with the arrow keys, and runs the chosen action', () => {
    const buttons = actions();
    show({ actions: buttons });
    const menuButton = screen.getByRole('button', { name: 'More actions' });
    fireEvent.click(menuButton);
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Copy citation', 'Not this here', 'Off for this site']);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(items[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.click(items[2]!);
    expect(buttons.onSiteOff).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton);
  });

  it('closes the menu on Escape without letting the Escape close the card', () => {
    show({ actions: actions() });
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    try {
      fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
      fireEvent.keyDown(screen.getAllByRole('menuitem')[0]!, { key: 'Escape' });
      expect(screen.queryByRole('menu')).toBeNull();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'More actions' }));
      expect(seen).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', seen);
    }
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
      actions: actions(),
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
    // No entry yet: no full record, citation or "not this here".
    expect(screen.queryByRole('button', { name: 'Full record' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Off for this site']);
  });
});

describe('sanitize', () => {
  it('keeps only the allow-listed tags and http(s) links', () => {
    const clean = sanitize('<a href="https://x.org" onclick="y()">ok</a><iframe src="https://x.org"></iframe><b>b</b>');
    expect(clean).toBe('<a href="https://x.org" target="_blank" rel="noopener noreferrer">ok</a><b>b</b>');
  });
});
