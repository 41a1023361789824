// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outletName } from '../../lib/page/outlet';
import { readOutletName } from '../../lib/page/page-signals';

const ld = (value: unknown) => JSON.stringify(value);

describe('outletName', () => {
  it('prefers og:site_name, then the JSON-LD publisher, then application-name', () => {
    const jsonLd = [ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Publisher Name' } })];
    const metas: [string, string][] = [
      ['application-name', 'App Name'],
      ['og:site_name', '  Example   News '],
    ];
    expect(outletName({ metas, jsonLd })).toBe('Example News');
    expect(outletName({ metas: [['application-name', 'App Name']], jsonLd })).toBe('Publisher Name');
    expect(outletName({ metas: [['application-name', 'App Name']], jsonLd: [] })).toBe('App Name');
    expect(outletName({ metas: [], jsonLd: [] })).toBeUndefined();
  });

  it('finds the publisher in a @graph, by @id, or in a list, and skips a bare URL', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'x', publisher: { '@id': 'https://example.org/#org' } },
        { '@type': 'NewsMediaOrganization', '@id': 'https://example.org/#org', name: 'Le Quotidien' },
      ],
    };
    expect(outletName({ metas: [], jsonLd: [ld(graph)] })).toBe('Le Quotidien');
    expect(outletName({ metas: [], jsonLd: [ld({ publisher: [{ name: ' ' }, { name: 'الجزيرة نت' }] })] })).toBe('الجزيرة نت');
    expect(outletName({ metas: [], jsonLd: [ld({ publisher: 'https://example.org/' })] })).toBeUndefined();
  });

  it('ignores broken JSON-LD, empty or overlong names and addresses', () => {
    expect(outletName({ metas: [['og:site_name', '']], jsonLd: ['{oops', ld({ publisher: { name: 'Wire' } })] })).toBe('Wire');
    expect(outletName({ metas: [['og:site_name', 'x'.repeat(121)]], jsonLd: [] })).toBeUndefined();
    expect(outletName({ metas: [['og:site_name', 'https://example.org']], jsonLd: [] })).toBeUndefined();
  });
});

describe('readOutletName', () => {
  it('reads a page’s metadata', () => {
    document.head.innerHTML = `
      <meta name="application-name" content="Example App">
      <script type="application/ld+json">${ld({ '@type': 'NewsArticle', publisher: { name: 'Example Wire' } })}</script>`;
    expect(readOutletName(document)).toBe('Example Wire');
    document.head.insertAdjacentHTML('beforeend', '<meta property="og:site_name" content="Example News">');
    expect(readOutletName(document)).toBe('Example News');
    document.head.innerHTML = '<title>No outlet named</title>';
    expect(readOutletName(document)).toBeUndefined();
  });
});
