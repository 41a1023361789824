import { describe, expect, it } from 'vitest';
import type { IndexedEntry } from '../../lib/engine/alias-index';
import type { Mention } from '../../lib/engine/disambiguate';
import { articleId, type PageFindings, savedArticle } from '../../lib/notebook/saved-article';

const now = new Date('2024-05-02T10:00:00.000Z');

const text = [
  'Syria talks',
  'Fighters entered Idlib on Monday. The United Nations called for calm. HTS denied it.',
  'Later, Bashar al-Assad spoke in Damascus. Idlib was quiet again and the UN sent observers.',
].join('\n');

const entries = new Map<number, IndexedEntry>([
  [0, { id: 'hts', name: "Hay'at Tahrir al-Sham", kind: 'organization' }],
  [1, { id: 'tariff', name: 'Harmonized Tariff Schedule', kind: 'term' }],
  [2, { id: 'un', name: 'United Nations', kind: 'organization' }],
  [3, { id: 'bashar', name: 'Bashar al-Assad', kind: 'person' }],
  [4, { id: 'idlib', name: 'Idlib', kind: 'place' }],
]);

/** A mention of the nth occurrence of `written` in the text, resolved to `entry` (or ambiguous). */
function mention(written: string, entry: number | undefined, candidates: number[] = entry === undefined ? [] : [entry], nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(written, start + 1);
  if (start < 0) throw new Error(`"${written}" is not in the text`);
  return { start, end: start + written.length, entry, candidates, text: written, weak: false };
}

const mentions: Mention[] = [
  mention('Idlib', 4),
  mention('United Nations', 2),
  mention('HTS', undefined, [0, 1]), // ambiguous: the page does not say which
  mention('Bashar al-Assad', 3),
  mention('Idlib', 4, [4], 1),
  mention('UN', 2),
];

const findings = (change: Partial<PageFindings> = {}): PageFindings => ({
  url: 'https://news.example.com/world/2024/03/05/talks#comments',
  title: '  Talks resume  ',
  site: 'news.example.com',
  publishedOn: '2024-03-05',
  text,
  mentions,
  entries,
  hidden: [],
  ...change,
});

describe('articleId', () => {
  it('is the URL without its fragment', () => {
    expect(articleId('https://news.example.com/a?page=2#comments')).toBe('https://news.example.com/a?page=2');
    expect(articleId('https://news.example.com/a#')).toBe('https://news.example.com/a');
    expect(articleId('https://news.example.com/a#one#two')).toBe('https://news.example.com/a');
    expect(articleId('https://news.example.com/a')).toBe('https://news.example.com/a');
  });
});

describe('savedArticle', () => {
  // Quotes: the sentence, with up to 32 characters of context on each side (lib/notebook/quote-anchor).
  it('records the page, its entities in order of first appearance and every resolved mention', () => {
    expect(savedArticle(findings(), now)).toStrictEqual({
      id: 'https://news.example.com/world/2024/03/05/talks',
      url: 'https://news.example.com/world/2024/03/05/talks',
      title: 'Talks resume',
      site: 'news.example.com',
      publishedOn: '2024-03-05',
      savedAt: '2024-05-02T10:00:00.000Z',
      entities: [
        { id: 'idlib', name: 'Idlib', kind: 'place' },
        { id: 'un', name: 'United Nations', kind: 'organization' },
        { id: 'bashar', name: 'Bashar al-Assad', kind: 'person' },
      ],
      mentions: [
        {
          entityId: 'idlib',
          text: 'Idlib',
          quote: { exact: 'Fighters entered Idlib on Monday.', prefix: 'Syria talks', suffix: 'The United Nations called for ca' },
        },
        {
          entityId: 'un',
          text: 'United Nations',
          quote: {
            exact: 'The United Nations called for calm.',
            prefix: 'ighters entered Idlib on Monday.',
            suffix: 'HTS denied it. Later, Bashar al-',
          },
        },
        {
          entityId: 'bashar',
          text: 'Bashar al-Assad',
          quote: {
            exact: 'Later, Bashar al-Assad spoke in Damascus.',
            prefix: 'called for calm. HTS denied it.',
            suffix: 'Idlib was quiet again and the UN',
          },
        },
        {
          entityId: 'idlib',
          text: 'Idlib',
          quote: {
            exact: 'Idlib was quiet again and the UN sent observers.',
            prefix: 'shar al-Assad spoke in Damascus.',
            suffix: '',
          },
        },
        {
          entityId: 'un',
          text: 'UN',
          quote: {
            exact: 'Idlib was quiet again and the UN sent observers.',
            prefix: 'shar al-Assad spoke in Damascus.',
            suffix: '',
          },
        },
      ],
      note: '',
    });
  });

  it('leaves out ambiguous mentions', () => {
    const article = savedArticle(findings({ mentions: [mention('HTS', undefined, [0, 1])] }), now);
    expect(article.entities).toEqual([]);
    expect(article.mentions).toEqual([]);
  });

  it('leaves out mentions whose entry it does not know', () => {
    const article = savedArticle(findings({ mentions: [mention('Idlib', 99), mention('Damascus', 98)] }), now);
    expect(article.entities).toEqual([]);
    expect(article.mentions).toEqual([]);
  });

  it('leaves out entries the user hid on this site', () => {
    const article = savedArticle(findings({ hidden: ['idlib', 'nothing-here'] }), now);
    expect(article.entities.map((e) => e.id)).toEqual(['un', 'bashar']);
    expect(article.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual(['un:United Nations', 'bashar:Bashar al-Assad', 'un:UN']);
  });

  it('quotes the sentence around each mention', () => {
    const [first] = savedArticle(findings({ mentions: [mention('Damascus', 3)] }), now).mentions;
    expect(first?.quote.exact).toBe('Later, Bashar al-Assad spoke in Damascus.');
    expect(first?.quote.exact).toContain('Damascus');
  });

  it('omits publishedOn when the page states no date', () => {
    const article = savedArticle(findings({ publishedOn: undefined }), now);
    expect('publishedOn' in article).toBe(false);
    expect(Object.keys(article)).toEqual(['id', 'url', 'title', 'site', 'savedAt', 'entities', 'mentions', 'note']);
    expect('publishedOn' in savedArticle(findings({ publishedOn: '' }), now)).toBe(false);
  });

  it('falls back to the URL for a page without a title', () => {
    expect(savedArticle(findings({ title: '', url: 'https://news.example.com/a' }), now).title).toBe('https://news.example.com/a');
    expect(savedArticle(findings({ title: ' \n\t ', url: 'https://news.example.com/b' }), now).title).toBe('https://news.example.com/b');
  });

  it('saves the same story under the same id whatever its fragment', () => {
    const a = savedArticle(findings({ url: 'https://news.example.com/a#top' }), now);
    const b = savedArticle(findings({ url: 'https://news.example.com/a#comment-12' }), new Date('2024-05-03T00:00:00Z'));
    expect(a.id).toBe(b.id);
    expect(b.savedAt).toBe('2024-05-03T00:00:00.000Z');
  });
});
