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
      // Each sentence once; the last one names two entities and both mentions point at it.
      passages: [
        { exact: 'Fighters entered Idlib on Monday.', prefix: 'Syria talks', suffix: 'The United Nations called for ca' },
        {
          exact: 'The United Nations called for calm.',
          prefix: 'ighters entered Idlib on Monday.',
          suffix: 'HTS denied it. Later, Bashar al-',
        },
        {
          exact: 'Later, Bashar al-Assad spoke in Damascus.',
          prefix: 'called for calm. HTS denied it.',
          suffix: 'Idlib was quiet again and the UN',
        },
        {
          exact: 'Idlib was quiet again and the UN sent observers.',
          prefix: 'shar al-Assad spoke in Damascus.',
          suffix: '',
        },
      ],
      mentions: [
        { entityId: 'idlib', text: 'Idlib', passage: 0 },
        { entityId: 'un', text: 'United Nations', passage: 1 },
        { entityId: 'bashar', text: 'Bashar al-Assad', passage: 2 },
        { entityId: 'idlib', text: 'Idlib', passage: 3 },
        { entityId: 'un', text: 'UN', passage: 3 },
      ],
      note: '',
    });
  });

  it('leaves out ambiguous mentions', () => {
    const article = savedArticle(findings({ mentions: [mention('HTS', undefined, [0, 1])] }), now);
    expect(article.entities).toEqual([]);
    expect(article.mentions).toEqual([]);
    expect(article.passages).toEqual([]);
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
    const saved = savedArticle(findings({ mentions: [mention('Damascus', 3)] }), now);
    expect(saved.mentions).toEqual([{ entityId: 'bashar', text: 'Damascus', passage: 0 }]);
    expect(saved.passages.map((p) => p.exact)).toEqual(['Later, Bashar al-Assad spoke in Damascus.']);
  });

  it('omits publishedOn when the page states no date', () => {
    const article = savedArticle(findings({ publishedOn: undefined }), now);
    expect('publishedOn' in article).toBe(false);
    expect(Object.keys(article)).toEqual(['id', 'url', 'title', 'site', 'savedAt', 'entities', 'passages', 'mentions', 'note']);
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

describe('savedArticle: one quote per sentence', () => {
  // One paragraph naming four entities across three sentences (the issue: the whole paragraph was
  // quoted under each of them).
  const paragraph =
    'Dr. Geir Pedersen met U.S. envoys in Damascus on Monday. HTS fighters withdrew from Idlib, officials said. The talks will resume.';
  const four = new Map<number, IndexedEntry>([
    [0, { id: 'pedersen', name: 'Geir Pedersen', kind: 'person' }],
    [1, { id: 'damascus', name: 'Damascus', kind: 'place' }],
    [2, { id: 'hts', name: "Hay'at Tahrir al-Sham", kind: 'organization' }],
    [3, { id: 'idlib', name: 'Idlib', kind: 'place' }],
  ]);
  const at = (written: string, entry: number): Mention => {
    const start = paragraph.indexOf(written);
    return { start, end: start + written.length, entry, candidates: [entry], text: written, weak: false };
  };
  const page = (change: Partial<PageFindings> = {}) =>
    findings({
      text: paragraph,
      entries: four,
      mentions: [at('Geir Pedersen', 0), at('Damascus', 1), at('HTS', 2), at('Idlib', 3)],
      ...change,
    });

  it('gives each entity the sentence that names it, each sentence kept once', () => {
    const article = savedArticle(page(), now);
    expect(article.passages.map((p) => p.exact)).toEqual([
      // "Dr." and "U.S." do not end the sentence.
      'Dr. Geir Pedersen met U.S. envoys in Damascus on Monday.',
      'HTS fighters withdrew from Idlib, officials said.',
    ]);
    expect(article.mentions.map((m) => [m.entityId, m.passage])).toEqual([
      ['pedersen', 0],
      ['damascus', 0],
      ['hts', 1],
      ['idlib', 1],
    ]);
    // No passage holds the whole paragraph.
    expect(article.passages.every((p) => !p.exact.includes('The talks will resume.'))).toBe(true);
  });

  it('keeps the outlet the page names, trimmed, and leaves it out when there is none', () => {
    expect(savedArticle(page({ outlet: '  Example News ' }), now).outlet).toBe('Example News');
    expect('outlet' in savedArticle(page({ outlet: undefined }), now)).toBe(false);
    expect('outlet' in savedArticle(page({ outlet: '   ' }), now)).toBe(false);
  });

  it('records each entity’s status at save time, for entities that are saved', () => {
    const status = { total: 1, onSaveDay: { date: '2024-05-02', inForceWith: ['UN Security Council'], unconfirmed: [] } };
    const article = savedArticle(page({ statuses: new Map([['hts', status]]), hidden: ['idlib'] }), now);
    expect(article.entities).toEqual([
      { id: 'pedersen', name: 'Geir Pedersen', kind: 'person' },
      { id: 'damascus', name: 'Damascus', kind: 'place' },
      { id: 'hts', name: "Hay'at Tahrir al-Sham", kind: 'organization', status },
    ]);
  });
});
