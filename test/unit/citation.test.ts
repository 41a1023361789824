import { describe, expect, it } from 'vitest';
import type { EntryDetails } from '../../lib/messages';
import { citeArticle, citeEntry, plainText } from '../../lib/notebook/citation';
import { entry } from '../support/entries';

describe('plainText', () => {
  it('strips tags and comments, keeping the text inside', () => {
    expect(plainText('<b>Hay’at</b> Tahrir <a href="https://x.example/?a=1&amp;b=2">al-Sham</a>')).toBe('Hay’at Tahrir al-Sham');
    expect(plainText('Founded<br/>in 2017.<!-- reviewer: check -->')).toBe('Foundedin 2017.');
    expect(plainText('<p>One.</p>\n\n<p>Two.</p>')).toBe('One. Two.');
  });

  it('decodes the common named entities', () => {
    expect(plainText('AT&amp;T &lt;b&gt; &quot;quoted&quot; it&#39;s it&apos;s a&nbsp;b')).toBe('AT&T <b> "quoted" it\'s it\'s a b');
  });

  it('decodes numeric character references, decimal and hex', () => {
    expect(plainText('Hay&#8217;at &#x2014; al&#X2D;Sham &#128197;')).toBe('Hay’at — al-Sham 📅');
  });

  it('decodes once: an escaped entity stays as text, and decoded "<" is not taken for a tag', () => {
    expect(plainText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
    expect(plainText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('keeps a "<" that opens no tag', () => {
    expect(plainText('Turnout was < 40% and > 30% in 2019.')).toBe('Turnout was < 40% and > 30% in 2019.');
    expect(plainText('1 <2 and 3> 2')).toBe('1 <2 and 3> 2');
  });

  it('leaves unknown or impossible references as written', () => {
    expect(plainText('&copy; &bogus; &constructor; &#0; &#x110000; &#xD800; & alone')).toBe(
      '&copy; &bogus; &constructor; &#0; &#x110000; &#xD800; & alone',
    );
  });

  it('collapses white space and trims', () => {
    expect(plainText('  line one\n\tline   two  ')).toBe('line one line two');
    expect(plainText('')).toBe('');
  });
});

describe('citeEntry', () => {
  const details: EntryDetails = {
    entry: entry('hts', 'organization', [{ text: "Hay'at Tahrir al-Sham", kind: 'name' }], [], {
      summary: 'A Syrian armed group <em>formed</em> in 2017 &amp; led by Ahmed al-Sharaa.',
      sources: [
        {
          id: 'un',
          url: 'https://main.un.org/securitycouncil/en/sanctions/1267',
          title: 'ISIL (Da&#39;esh) &amp; Al-Qaida Sanctions List',
          publisher: 'United Nations Security Council',
          accessed: '2026-11-20',
        },
        {
          id: 'wire',
          url: 'https://wire.example.com/world-1',
          title: 'Who are HTS?',
          publisher: 'Example Wire Inc.',
          accessed: '2026-11-21',
        },
      ],
      reviewed: '2026-11-25',
    }),
    pack: { id: 'syria-core', title: 'Syria <i>core</i>' },
    relatedNames: {},
  };

  it('writes the entry, its sources and where it came from, as plain text', () => {
    expect(citeEntry(details)).toBe(
      [
        "Hay'at Tahrir al-Sham (organization). A Syrian armed group formed in 2017 & led by Ahmed al-Sharaa.",
        '',
        'Sources:',
        "[1] ISIL (Da'esh) & Al-Qaida Sanctions List. United Nations Security Council. https://main.un.org/securitycouncil/en/sanctions/1267 (accessed 2026-11-20)",
        '[2] Who are HTS? Example Wire Inc. https://wire.example.com/world-1 (accessed 2026-11-21)',
        '',
        'Via Backstory, Syria core pack; entry reviewed 2026-11-25.',
        '',
      ].join('\n'),
    );
  });

  it('adds no second full stop after a title or publisher that already ends a sentence', () => {
    const one = (title: string, publisher: string) =>
      citeEntry({ ...details, entry: { ...details.entry, sources: [{ ...details.entry.sources[0]!, title, publisher }] } }).split('\n')[3];
    expect(one('Is it over?', 'Example Inc.')).toBe(
      '[1] Is it over? Example Inc. https://main.un.org/securitycouncil/en/sanctions/1267 (accessed 2026-11-20)',
    );
    expect(one('He said “enough.”', 'Wire')).toBe(
      '[1] He said “enough.” Wire. https://main.un.org/securitycouncil/en/sanctions/1267 (accessed 2026-11-20)',
    );
    expect(one('Report <b>2024</b>', 'UN')).toBe(
      '[1] Report 2024. UN. https://main.un.org/securitycouncil/en/sanctions/1267 (accessed 2026-11-20)',
    );
  });

  it('numbers the sources in the order the entry lists them', () => {
    const reversed = { ...details, entry: { ...details.entry, sources: [...details.entry.sources].reverse() } };
    const lines = citeEntry(reversed).split('\n');
    expect(lines[3]).toBe('[1] Who are HTS? Example Wire Inc. https://wire.example.com/world-1 (accessed 2026-11-21)');
    expect(lines[4]?.startsWith("[2] ISIL (Da'esh) & Al-Qaida Sanctions List.")).toBe(true);
  });
});

describe('citeArticle', () => {
  const saved = {
    id: 'https://news.example.com/a',
    url: 'https://news.example.com/a',
    title: 'Talks resume in <b>Geneva</b>',
    site: 'news.example.com',
    savedAt: '2026-12-06T09:00:00.000Z',
    entities: [],
    passages: [],
    mentions: [],
    note: '',
  };

  it('names the outlet as the page named itself, the host only when it named none', () => {
    expect(citeArticle({ ...saved, outlet: 'Example News', publishedOn: '2024-12-03' })).toBe(
      'Talks resume in Geneva. Example News. Published 2024-12-03. https://news.example.com/a (accessed 2026-12-06)\n',
    );
    expect(citeArticle(saved)).toBe('Talks resume in Geneva. news.example.com. https://news.example.com/a (accessed 2026-12-06)\n');
  });
});
