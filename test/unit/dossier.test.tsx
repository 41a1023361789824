// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dossier } from '../../components/Dossier';
import type { EntryDetails } from '../../lib/messages';
import type { PublicationDate } from '../../lib/page/pubdate';
import { details, nusra } from '../support/card-fixture';

afterEach(cleanup);

function show(options: { details?: EntryDetails; articleDate?: PublicationDate | null; onLink?: (id: string) => void } = {}) {
  render(
    <Dossier
      details={options.details ?? details}
      articleDate={options.articleDate === null ? undefined : (options.articleDate ?? { date: '2024-12-03', from: 'meta' })}
      today="2026-11-25"
      hiddenAuthorities={[]}
      linkTo={(id) => `/dossier.html?id=${id}`}
      onLink={options.onLink}
    />,
  );
}

describe('Dossier (the full record)', () => {
  it('shows the status on the article date and today, and what changed in between', () => {
    show();
    const text = document.body.textContent ?? '';
    expect(text).toContain('Article dated 3 Dec 2024 (from the page’s metadata)');
    expect(text).toContain('On the article’s date (3 Dec 2024)Listed');
    expect(text).toContain('Today (25 Nov 2026)Removed 8 Jul 2025');
    expect(text).toContain('Since the article: removed on 8 Jul 2025.');
    expect(text).toContain('Listed as al-Nusrah Front · FTO-1');
    expect(text).toContain('Status last confirmed 8 Jul 2025.');
    expect(text).toContain('Current status unverified since 1 Jan 2019.');
  });

  it('shows today only when the page has no publication date', () => {
    show({ articleDate: null });
    const text = document.body.textContent ?? '';
    expect(text).toContain('Showing today’s status only (no article date to compare with).');
    expect(text).not.toContain('On the article’s date');
  });

  it('lists the event history with links to numbered sources, linked safely', () => {
    show();
    expect(document.body.textContent).toContain('History (3 events)');
    expect(document.body.textContent).toContain('HTS added as an alias');
    expect(document.querySelector('.refs a')?.textContent).toBe('[1]');
    const link = document.querySelector('.sources a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/source');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders a non-http source URL as text, and background markup only through DOMPurify', () => {
    const unsafe = {
      ...details,
      entry: {
        ...nusra,
        sources: [{ ...nusra.sources[0]!, url: 'javascript:alert(1)' }],
        background: '<p>Safe <em>text</em><script>alert(1)</script> <a href="javascript:x">bad</a></p>',
      },
    };
    show({ details: unsafe });
    expect(document.querySelector('.sources a')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('.background em')?.textContent).toBe('text');
    expect(document.querySelector('.background a')?.hasAttribute('href')).toBe(false);
  });

  it('isolates each other name so right-to-left names do not scramble the list', () => {
    show();
    const names = Array.from(document.querySelectorAll('.names bdi'));
    expect(names.map((n) => n.textContent)).toEqual(['HTS', 'هيئة تحرير الشام']);
    expect(names[1]?.getAttribute('lang')).toBe('ar');
  });

  it('links related entries to their own record', () => {
    const onLink = vi.fn();
    show({ onLink });
    const link = document.querySelector<HTMLAnchorElement>('.related a')!;
    expect(document.querySelector('.related')?.textContent).toBe('predecessor al-Nusra Front');
    expect(link.getAttribute('href')).toBe('/dossier.html?id=nusra');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    fireEvent(link, click);
    expect(onLink).toHaveBeenCalledWith('nusra');
    expect(click.defaultPrevented).toBe(true);
  });

  it('keeps a related entry the packs do not have as plain text', () => {
    show({ details: { ...details, relatedNames: {} } });
    expect(document.querySelector('.related a')).toBeNull();
    expect(document.querySelector('.related')?.textContent).toBe('predecessor nusra');
  });

  it('draws the timeline: one lane per authority, the article’s date and today, read out in words', () => {
    show();
    const svg = document.querySelector('.timeline svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'US State Dept.: listed from 11 Dec 2012 to 8 Jul 2025 (Removed). Example Ministry: listed from 1 Jan 2019.',
    );
    expect(document.querySelectorAll('.tl-lane')).toHaveLength(2);
    expect(document.querySelectorAll('.tl-end-delisted')).toHaveLength(1);
    // The unconfirmed listing is solid up to its last known event, then drawn as unconfirmed.
    expect(document.querySelectorAll('.tl-unconfirmed')).toHaveLength(1);
    expect(document.querySelector('.tl-article')).not.toBeNull();
    expect(document.querySelector('.tl-today')).not.toBeNull();
  });

  it('draws no article line when the page gave no date', () => {
    show({ articleDate: null });
    expect(document.querySelector('.tl-article')).toBeNull();
  });
});
