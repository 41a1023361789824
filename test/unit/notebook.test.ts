import { describe, expect, it } from 'vitest';
import type { NotebookData, SavedArticle } from '../../lib/notebook/notebook';
import {
  notebookDataSchema,
  notebookToCsv,
  notebookToJson,
  notebookToMarkdown,
  parseNotebookJson,
} from '../../lib/notebook/notebook-export';
import { articlePassages, entityDigest, passageNumbers, searchNotebook } from '../../lib/notebook/notebook-view';
import { findQuote, quoteAround } from '../../lib/notebook/quote-anchor';

/** The anchor for the first occurrence of `mention` in `text`. */
function anchorFor(text: string, mention: string) {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" is not in the text`);
  return quoteAround(text, start, start + mention.length);
}

describe('quoteAround', () => {
  const page = [
    'Syria talks',
    'The U.S. envoy met Dr. Smith on Monday. HTS fighters, led by J. Doe, held 2.5 km of road near Idlib! Talks resumed.',
    'Next paragraph starts here.',
  ].join('\n');

  it('quotes the sentence around the mention, not splitting on abbreviations, initials or decimals', () => {
    expect(anchorFor(page, 'HTS')).toEqual({
      exact: 'HTS fighters, led by J. Doe, held 2.5 km of road near Idlib!',
      prefix: '. envoy met Dr. Smith on Monday.',
      suffix: 'Talks resumed. Next paragraph st',
    });
    expect(anchorFor(page, 'Smith').exact).toBe('The U.S. envoy met Dr. Smith on Monday.');
  });

  it('never crosses a block break, though the context may', () => {
    expect(anchorFor(page, 'Syria')).toEqual({ exact: 'Syria talks', prefix: '', suffix: 'The U.S. envoy met Dr. Smith on' });
    expect(anchorFor(page, 'paragraph')).toEqual({
      exact: 'Next paragraph starts here.',
      prefix: 'road near Idlib! Talks resumed.',
      suffix: '',
    });
  });

  it('collapses white space and keeps a sentence going past a lower-case word after a period', () => {
    const text = 'He cited   the\tfigures, i.e. about 40 units. Nothing   else\u00a0moved.';
    expect(anchorFor(text, 'units').exact).toBe('He cited the figures, i.e. about 40 units.');
    expect(anchorFor(text, 'Nothing').exact).toBe('Nothing else moved.');
  });

  it('ends Arabic sentences at ؟ and at a period before an Arabic letter', () => {
    const text = 'هل تعود هيئة تحرير الشام؟ قال المتحدث إن الهيئة لن تعود. ثم انتهى المؤتمر.';
    expect(anchorFor(text, 'الهيئة')).toEqual({
      exact: 'قال المتحدث إن الهيئة لن تعود.',
      prefix: 'هل تعود هيئة تحرير الشام؟',
      suffix: 'ثم انتهى المؤتمر.',
    });
    expect(anchorFor(text, 'الشام').exact).toBe('هل تعود هيئة تحرير الشام؟');
  });

  it('caps a giant paragraph at 400 characters around the mention, cutting on word breaks', () => {
    const text = `${'before '.repeat(150)}Hayat Tahrir al-Sham ${'after '.repeat(150)}`;
    const anchor = anchorFor(text, 'Hayat Tahrir al-Sham');
    expect(anchor.exact.length).toBeLessThanOrEqual(400);
    expect(anchor.exact.length).toBeGreaterThan(380);
    expect(anchor.exact).toMatch(/^…before before .* Hayat Tahrir al-Sham after .* after…$/u);
    // The context sits right next to the kept window, so the passage is still contiguous.
    expect(anchor.prefix).toMatch(/before$/u);
    expect(anchor.suffix).toMatch(/^after/u);
  });

  it('marks a cut where an unbroken block is only scanned near the mention', () => {
    // 10,000 characters, mostly white space: too far to scan, yet short once collapsed.
    const text = `${'x'.padEnd(50).repeat(100)}HTS${' '.padEnd(50, ' ').repeat(100)}end`;
    const anchor = anchorFor(text, 'HTS');
    expect(anchor.exact).toMatch(/^…x x x .* x HTS…$/u);
    expect(anchor.exact.length).toBeLessThanOrEqual(400);
    expect(findQuote(text, anchor)).toBeGreaterThan(0);
  });

  it('keeps a quote that is short enough whole, without cut marks', () => {
    expect(anchorFor('Only one sentence here', 'one').exact).toBe('Only one sentence here');
  });
});

describe('findQuote', () => {
  it('finds the passage again after the page changed, preferring the occurrence whose context matches', () => {
    const before = 'Intro line.\nHTS said no. Officials confirmed it. HTS said no. Markets fell.';
    const second = before.lastIndexOf('HTS');
    const anchor = quoteAround(before, second, second + 3);
    expect(anchor.exact).toBe('HTS said no.');
    const after = 'New headline!\nIntro  line.\nHTS said no. Officials\n confirmed   it. HTS  said no. Markets fell sharply.';
    expect(findQuote(after, anchor)).toBe(after.lastIndexOf('HTS'));
  });

  it('falls back to the first occurrence when no context matches, and gives up when the sentence is gone', () => {
    const anchor = { exact: 'HTS said no.', prefix: 'something else', suffix: 'entirely' };
    const text = 'A. HTS said no. B. HTS said no.';
    expect(findQuote(text, anchor)).toBe(3);
    expect(findQuote('HTS said yes.', anchor)).toBeUndefined();
  });

  it('finds a capped quote by its kept part', () => {
    const text = `${'before '.repeat(150)}HTS ${'after '.repeat(150)}`;
    const anchor = anchorFor(text, 'HTS');
    const found = findQuote(`Update: ${text}`, anchor);
    expect(found).toBeDefined();
    expect(`Update: ${text}`.slice(found)).toMatch(/^before before/u);
    expect(found! + anchor.exact.length - 2).toBeGreaterThan(`Update: ${text}`.indexOf('HTS'));
  });
});

const article = (overrides: Partial<SavedArticle> & Pick<SavedArticle, 'id'>): SavedArticle => ({
  url: overrides.id,
  title: 'Title',
  site: 'example.com',
  savedAt: '2024-05-02T10:00:00.000Z',
  entities: [],
  passages: [],
  mentions: [],
  note: '',
  ...overrides,
});
const quote = (exact: string) => ({ exact, prefix: '', suffix: '' });

const hts = { id: 'hts', name: 'Hayat Tahrir al-Sham', kind: 'organization' as const };
const idlib = { id: 'idlib', name: 'Idlib', kind: 'place' as const };
const htsStatus = {
  total: 3,
  onArticleDate: { date: '2024-03-10', listedBy: ['UN Security Council', 'US Department of State'] },
  onSaveDay: { date: '2024-05-01', inForceWith: ['UN Security Council'], unconfirmed: ['UK Home Office'] },
};
const notebook: NotebookData = {
  articles: [
    article({
      id: 'https://news.example.com/a',
      title: 'Talks in Idlib',
      site: 'news.example.com',
      outlet: 'News Example',
      publishedOn: '2024-03-10',
      savedAt: '2024-05-01T09:00:00.000Z',
      entities: [
        { ...hts, status: htsStatus },
        {
          ...idlib,
          status: {
            total: 0,
            onArticleDate: { date: '2024-03-10', listedBy: [] },
            onSaveDay: { date: '2024-05-01', inForceWith: [], unconfirmed: [] },
          },
        },
      ],
      // One sentence names both entities: it is kept once, and both mentions point at it.
      passages: [quote('Near Idlib, HTS held the road.'), quote('HTS said no.'), quote('Hayat Tahrir al-Sham denied it.')],
      mentions: [
        { entityId: 'idlib', text: 'Idlib', passage: 0 },
        { entityId: 'hts', text: 'HTS', passage: 0 },
        { entityId: 'hts', text: 'HTS', passage: 1 },
        { entityId: 'hts', text: 'Hayat Tahrir al-Sham', passage: 2 },
      ],
      note: 'Compare with the wire report.',
    }),
    article({
      id: 'https://wire.example.org/b',
      title: 'Hayʼat Taḥrīr al-Shām statement',
      site: 'wire.example.org',
      savedAt: '2024-04-20T23:30:00.000Z',
      entities: [hts],
      passages: [quote('Hayʼat Taḥrīr al-Shām issued a statement.')],
      mentions: [{ entityId: 'hts', text: 'Hayʼat Taḥrīr al-Shām', passage: 0 }],
    }),
  ],
  entityNotes: [{ entityId: 'idlib', text: 'Province in north-west Syria.', updatedAt: '2024-05-03T08:00:00.000Z' }],
};

describe('entityDigest', () => {
  it('aggregates names per outlet and first/last seen across articles', () => {
    expect(entityDigest(notebook)).toEqual([
      {
        id: 'hts',
        name: 'Hayat Tahrir al-Sham',
        kind: 'organization',
        articleIds: ['https://news.example.com/a', 'https://wire.example.org/b'],
        mentionCount: 4,
        outlets: [
          {
            // The outlet as it named itself; the second article gave no name, so its host stands in.
            outlet: 'News Example',
            names: [
              { text: 'HTS', count: 2 },
              { text: 'Hayat Tahrir al-Sham', count: 1 },
            ],
          },
          { outlet: 'wire.example.org', names: [{ text: 'Hayʼat Taḥrīr al-Shām', count: 1 }] },
        ],
        // The first article states its date; the second only has the day it was saved.
        firstSeen: '2024-03-10',
        lastSeen: '2024-04-20',
      },
      {
        id: 'idlib',
        name: 'Idlib',
        kind: 'place',
        articleIds: ['https://news.example.com/a'],
        mentionCount: 1,
        outlets: [{ outlet: 'News Example', names: [{ text: 'Idlib', count: 1 }] }],
        firstSeen: '2024-03-10',
        lastSeen: '2024-03-10',
        note: 'Province in north-west Syria.',
      },
    ]);
  });

  it('names an entity as the most recently saved article did', () => {
    const renamed: NotebookData = {
      articles: [
        article({ id: 'https://x.example/1', savedAt: '2024-01-01T00:00:00Z', entities: [{ ...hts, name: 'Old name' }] }),
        article({ id: 'https://x.example/2', savedAt: '2024-02-01T00:00:00Z', entities: [hts] }),
        article({ id: 'https://x.example/3', savedAt: '2023-12-01T00:00:00Z', entities: [{ ...hts, name: 'Older name' }] }),
      ],
      entityNotes: [],
    };
    expect(entityDigest(renamed).map((d) => [d.name, d.firstSeen, d.lastSeen])).toEqual([
      ['Hayat Tahrir al-Sham', '2023-12-01', '2024-02-01'],
    ]);
  });
});

describe('articlePassages', () => {
  it('lists each passage once, with every entity it names and the names written there', () => {
    const [a] = notebook.articles;
    expect(
      articlePassages(a!).map(({ number, quote: q, entities }) => [number, q.exact, entities.map((e) => [e.entity.id, e.names])]),
    ).toEqual([
      [
        1,
        'Near Idlib, HTS held the road.',
        [
          ['idlib', ['Idlib']],
          ['hts', ['HTS']],
        ],
      ],
      [2, 'HTS said no.', [['hts', ['HTS']]]],
      [3, 'Hayat Tahrir al-Sham denied it.', [['hts', ['Hayat Tahrir al-Sham']]]],
    ]);
    expect(passageNumbers(a!, 'hts')).toEqual([1, 2, 3]);
    expect(passageNumbers(a!, 'idlib')).toEqual([1]);
  });
});

describe('searchNotebook', () => {
  it('finds an article by its outlet’s name and by the words of its passages', () => {
    const renamed: NotebookData = {
      ...notebook,
      articles: [{ ...notebook.articles[0]!, outlet: 'Gazette Syrienne' }, notebook.articles[1]!],
    };
    expect(searchNotebook(renamed, 'gazette').articles).toEqual(['https://news.example.com/a']);
    expect(searchNotebook(notebook, 'gazette').articles).toEqual([]);
    expect(searchNotebook(notebook, 'road').articles).toEqual(['https://news.example.com/a']);
  });

  const all = { articles: ['https://news.example.com/a', 'https://wire.example.org/b'], entities: ['hts', 'idlib'] };

  it('returns everything for an empty query', () => {
    expect(searchNotebook(notebook, '   ')).toEqual(all);
  });

  it('ignores case and diacritics', () => {
    expect(searchNotebook(notebook, 'TAHRIR')).toEqual({ articles: all.articles, entities: ['hts'] });
    expect(searchNotebook(notebook, 'statement')).toEqual({ articles: ['https://wire.example.org/b'], entities: [] });
    expect(searchNotebook(notebook, 'shām')).toEqual({ articles: all.articles, entities: ['hts'] });
  });

  it('requires every word (AND), across fields', () => {
    // "wire" is in article a's note and article b's site; "idlib" only in article a.
    expect(searchNotebook(notebook, 'wire idlib')).toEqual({ articles: ['https://news.example.com/a'], entities: [] });
    expect(searchNotebook(notebook, 'wire')).toEqual({ articles: all.articles, entities: [] });
    // Entity notes are searched for the entity.
    expect(searchNotebook(notebook, 'north-west province')).toEqual({ articles: [], entities: ['idlib'] });
    expect(searchNotebook(notebook, 'idlib nowhere')).toEqual({ articles: [], entities: [] });
  });
});

describe('notebookToMarkdown', () => {
  it('writes the study sheet', () => {
    expect(notebookToMarkdown(notebook, { generatedOn: '2024-05-04' })).toBe(
      [
        '# Backstory notebook',
        '',
        'Exported 2024-05-04 · 2 articles · 2 entities',
        '',
        '## Articles',
        '',
        '### [Talks in Idlib](https://news.example.com/a)',
        '',
        'News Example (news.example.com) · published 2024-03-10 · saved 2024-05-01',
        '',
        'Compare with the wire report.',
        '',
        '- **Hayat Tahrir al-Sham** (organization), written “HTS”, “Hayat Tahrir al-Sham”; passages 1, 2, 3',
        '',
        "  - On the article's date (2024-03-10): listed by 2 of 3 (UN Security Council, US Department of State).",
        '  - When saved (2024-05-01): in force with 1 of 3 (UN Security Council); not confirmed: UK Home Office.',
        '',
        // No designation records: no status lines.
        '- **Idlib** (place), written “Idlib”; passage 1',
        '',
        'Passages:',
        '',
        // The sentence naming both entities is written once, with both.
        '1. “Near Idlib, HTS held the road.” — Idlib, Hayat Tahrir al-Sham (“HTS”)',
        '2. “HTS said no.” — Hayat Tahrir al-Sham (“HTS”)',
        '3. “Hayat Tahrir al-Sham denied it.” — Hayat Tahrir al-Sham',
        '',
        '### [Hayʼat Taḥrīr al-Shām statement](https://wire.example.org/b)',
        '',
        'wire.example.org · date not stated · saved 2024-04-20',
        '',
        '- **Hayat Tahrir al-Sham** (organization), written “Hayʼat Taḥrīr al-Shām”; passage 1',
        '',
        'Passages:',
        '',
        '1. “Hayʼat Taḥrīr al-Shām issued a statement.” — Hayat Tahrir al-Sham (“Hayʼat Taḥrīr al-Shām”)',
        '',
        '## Entities',
        '',
        '### Hayat Tahrir al-Sham',
        '',
        'organization · 2 articles · 4 mentions · first seen 2024-03-10 · last seen 2024-04-20',
        '',
        '- News Example: “HTS” (2), “Hayat Tahrir al-Sham” (1)',
        '- wire.example.org: “Hayʼat Taḥrīr al-Shām” (1)',
        '',
        '### Idlib',
        '',
        'place · 1 article · 1 mention · first seen 2024-03-10 · last seen 2024-03-10',
        '',
        '- News Example: “Idlib” (1)',
        '',
        '**Note:** Province in north-west Syria.',
        '',
      ].join('\n'),
    );
  });

  it('names the outlet with its host, escaping only what could open Markdown there', () => {
    const data: NotebookData = {
      articles: [article({ id: 'http://127.0.0.1/a', site: '127.0.0.1', outlet: '1. Daily *News*' })],
      entityNotes: [],
    };
    expect(notebookToMarkdown(data, { generatedOn: '2024-05-04' })).toContain('\n1\\. Daily \\*News\\* (127.0.0.1) · date not stated');
  });

  it('keeps page text from breaking the Markdown structure or smuggling links', () => {
    const hostile: NotebookData = {
      articles: [
        article({
          id: 'javascript:alert(1)',
          title: '[click](javascript:alert(1)) <img src=x> *bold*',
          entities: [hts],
          passages: [quote('- 1. > [a](b) `code` _x_ \\ | ~')],
          mentions: [{ entityId: 'hts', text: '# HTS', passage: 0 }],
          note: '## not a heading\n1. not a list\n+ nor this\n\n\n=== nor an underline',
        }),
        article({ id: 'https://example.com/p(1)?q=a b', title: '' }),
      ],
      entityNotes: [],
    };
    const markdown = notebookToMarkdown(hostile, { generatedOn: '2024-05-04' });
    expect(markdown).toContain('### \\[click\\](javascript:alert(1)) \\<img src=x\\> \\*bold\\* (javascript:alert(1))\n');
    expect(markdown).toContain('- **Hayat Tahrir al-Sham** (organization), written “\\# HTS”; passage 1\n');
    // Inside “…” a line-start sign ("- 1.") needs no escape; the inline ones still do.
    expect(markdown).toContain('\n1. “- 1. \\> \\[a\\](b) \\`code\\` \\_x\\_ \\\\ \\| \\~” — Hayat Tahrir al-Sham (“\\# HTS”)\n');
    expect(markdown).toContain('\n\n\\#\\# not a heading\n1\\. not a list\n\\+ nor this\n\n\\=== nor an underline\n\n');
    expect(markdown).toContain('### [https://example.com/p(1)?q=a b](https://example.com/p%281%29?q=a%20b)\n');
  });
});

describe('notebookToCsv', () => {
  it('neutralises formulas hidden behind leading blanks or written with full-width signs (issue 15)', () => {
    for (const text of [' =1+1', '\u00A0=1+1', '\u200B=1+1', '\uFEFF@SUM(A1)', '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF20x', '  \t-2']) {
      const data: NotebookData = {
        articles: [
          article({
            id: 'https://example.com/f',
            entities: [hts],
            passages: [quote('x')],
            mentions: [{ entityId: 'hts', text, passage: 0 }],
          }),
        ],
        entityNotes: [],
      };
      const row = notebookToCsv(data).split('\r\n')[1]!;
      expect(row, JSON.stringify(text)).toContain(`,'${text},`);
    }
    const plain = notebookToCsv({
      articles: [
        article({
          id: 'https://example.com/g',
          entities: [hts],
          passages: [quote('x')],
          mentions: [{ entityId: 'hts', text: ' HTS', passage: 0 }],
        }),
      ],
      entityNotes: [],
    });
    expect(plain.split('\r\n')[1]).toContain(', HTS,');
  });

  it('writes one RFC 4180 row per passage, each sentence once with every entity it names, neutralising formulas', () => {
    const data: NotebookData = {
      articles: [
        article({
          id: 'https://example.com/a',
          title: 'Deals, "talks"\nand more',
          publishedOn: '2024-03-10',
          entities: [{ ...hts, status: htsStatus }, idlib],
          passages: [
            { exact: '+1 said HTS.', prefix: '-', suffix: '@x' },
            { exact: 'HTS and HTS again, near Idlib.', prefix: 'a\tb', suffix: '\tx' },
          ],
          mentions: [
            { entityId: 'hts', text: '=HYPERLINK("http://evil")', passage: 0 },
            { entityId: 'hts', text: 'HTS', passage: 1 },
            { entityId: 'hts', text: 'HTS', passage: 1 },
            { entityId: 'idlib', text: 'Idlib', passage: 1 },
          ],
        }),
        article({ id: 'https://example.com/b', title: 'No mentions', outlet: 'Example Daily' }),
      ],
      entityNotes: [],
    };
    const article1 = '"Deals, ""talks""\nand more",https://example.com/a,example.com,example.com,2024-03-10,2024-05-02T10:00:00.000Z';
    expect(notebookToCsv(data)).toBe(
      'article_title,article_url,outlet,site,published_on,saved_at,passage,sentence,prefix,suffix,' +
        'entity_ids,entity_names,entity_kinds,text_used,listed_on_article_date,in_force_when_saved\r\n' +
        `${article1},1,'+1 said HTS.,'-,'@x,hts,Hayat Tahrir al-Sham,organization,"'=HYPERLINK(""http://evil"")",2 of 3,1 of 3 (1 not confirmed)\r\n` +
        `${article1},2,"HTS and HTS again, near Idlib.",a\tb,'\tx,hts; idlib,Hayat Tahrir al-Sham; Idlib,organization; place,HTS; Idlib,2 of 3; ,1 of 3 (1 not confirmed); \r\n` +
        'No mentions,https://example.com/b,Example Daily,example.com,,2024-05-02T10:00:00.000Z,,,,,,,,,,\r\n',
    );
  });
});

describe('notebook JSON', () => {
  it('round-trips exactly', () => {
    const json = notebookToJson(notebook);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ format: 'backstory-notebook', version: 2 });
    expect(parseNotebookJson(json)).toStrictEqual({ ok: true, data: notebook });
    expect(notebookDataSchema.parse(notebook)).toStrictEqual(notebook);
  });

  it('names the path and the reason of every problem', () => {
    const file = JSON.parse(notebookToJson(notebook));
    file.version = 3;
    file.notebook.articles[0].url = 'ftp://example.com/a';
    file.notebook.articles[0].publishedOn = '2024-02-30';
    file.notebook.articles[0].entities[1].kind = 'city';
    file.notebook.articles[1].savedAt = 'yesterday';
    delete file.notebook.articles[1].title;
    file.notebook.entityNotes[0].extra = true;
    expect(parseNotebookJson(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        'version: is 3: written by a newer Backstory; this one reads versions 1 to 2',
        'notebook.articles[0].url: must be an http(s) URL',
        'notebook.articles[0].publishedOn: must be a day that exists in the calendar',
        'notebook.articles[0].entities[1].kind: must be one of organization, person, place, document, event, term',
        'notebook.articles[1].title: is missing',
        'notebook.articles[1].savedAt: must be an ISO 8601 timestamp with a time zone, e.g. 2024-05-01T09:30:00Z',
        'notebook.entityNotes[0]: unknown field "extra"',
      ],
    });
  });

  it('reports broken references and duplicates', () => {
    const file = JSON.parse(notebookToJson(notebook));
    file.notebook.articles[0].mentions[1].entityId = 'ghost';
    file.notebook.articles[1].entities.push(file.notebook.articles[1].entities[0]);
    file.notebook.articles.push(file.notebook.articles[1]);
    file.notebook.entityNotes.push(file.notebook.entityNotes[0]);
    expect(parseNotebookJson(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        'notebook.articles[0].mentions[1].entityId: "ghost" is not in this article\'s entities',
        'notebook.articles[1].entities[1].id: entity id "hts" is used twice',
        'notebook.articles[2].entities[1].id: entity id "hts" is used twice',
        'notebook.articles[2].id: article id "https://wire.example.org/b" is used twice',
        'notebook.entityNotes[1].entityId: entity "idlib" already has a note',
      ],
    });
  });

  it('refuses a mention pointing past the passages, and a malformed status', () => {
    const file = JSON.parse(notebookToJson(notebook));
    file.notebook.articles[0].mentions[2].passage = 3;
    file.notebook.articles[0].mentions[3].passage = -1;
    file.notebook.articles[0].entities[0].status.total = 1.5;
    file.notebook.articles[0].entities[0].status.onSaveDay.inForceWith = 'UN';
    file.notebook.articles[1].outlet = '';
    expect(parseNotebookJson(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        'notebook.articles[0].entities[0].status.total: must be a whole number',
        'notebook.articles[0].entities[0].status.onSaveDay.inForceWith: must be a list',
        'notebook.articles[0].mentions[3].passage: must be 0 or more',
        'notebook.articles[1].outlet: must not be empty',
      ],
    });
    const onlyRange = JSON.parse(notebookToJson(notebook));
    onlyRange.notebook.articles[0].mentions[2].passage = 3;
    expect(parseNotebookJson(JSON.stringify(onlyRange))).toEqual({
      ok: false,
      problems: ['notebook.articles[0].mentions[2].passage: is 3, and the article has 3 passages'],
    });
  });

  it('rejects text that is not a notebook file at all', () => {
    expect(parseNotebookJson('{oops')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^\(top level\): not valid JSON/u)] });
    expect(parseNotebookJson('[]')).toEqual({ ok: false, problems: ['(top level): must be an object'] });
  });
});
