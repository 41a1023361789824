// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../entrypoints/content/mutation-watch';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { quoteAround } from '../../lib/notebook/quote-anchor';
import { collectText, findArticleRoot, rangeFor } from '../../lib/page/collect';
import { scanPage } from '../../lib/page/page-scan';
import { TEST_ENTRIES } from '../support/entries';

const index = AliasIndex.open(compileIndex(TEST_ENTRIES));
const long = 'Background paragraph with enough words to count as the body of an article. '.repeat(10);

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('findArticleRoot', () => {
  it('prefers the article body, then the largest <article>, then <main>, then <body>', () => {
    document.body.innerHTML = `<article id="teaser">short</article><article id="big"><p>${long}</p></article>`;
    expect(findArticleRoot(document).id).toBe('big');
    document.body.innerHTML = `<article id="big"><div itemprop="articleBody" id="ab"><p>${long}</p></div></article>`;
    expect(findArticleRoot(document).id).toBe('ab');
    document.body.innerHTML = `<nav>menu</nav><main id="m"><p>${long}</p></main>`;
    expect(findArticleRoot(document).id).toBe('m');
    document.body.innerHTML = `<div><p>${long}</p></div>`;
    expect(findArticleRoot(document)).toBe(document.body);
  });

  it('ignores a small teaser <article> on a long page', () => {
    document.body.innerHTML = `<article id="teaser">Teaser</article><div>${long.repeat(5)}</div>`;
    expect(findArticleRoot(document)).toBe(document.body);
  });
});

describe('collectText', () => {
  it('reads text nodes in order with their offsets and maps ranges back to the DOM', () => {
    document.body.innerHTML = '<p>Rebels in <b>Aleppo</b> and <i>Idlib</i>.</p>';
    const snapshot = collectText(document.body);
    expect(snapshot.nodes.map((n) => n.data)).toEqual(['Rebels in ', 'Aleppo', ' and ', 'Idlib', '.']);
    const at = snapshot.text.indexOf('Idlib');
    const range = rangeFor(snapshot, at, at + 5);
    expect(range.toString()).toBe('Idlib');
    expect(range.startContainer).toBe(snapshot.nodes[3]);
  });

  it('matches a name split across elements with one range spanning them', () => {
    document.body.innerHTML = '<p>The <b>United</b> Nations met.</p>';
    const scan = scanPage(document, index);
    expect(scan.mentions.map((m) => m.text)).toEqual(['United Nations']);
    expect(scan.ranges[0]!.toString()).toBe('United Nations');
  });

  it('joins the inline parts of one paragraph and separates blocks and line breaks', () => {
    document.body.innerHTML =
      '<article><p>Fighters of <a href="#">Hay’at Tahrir al-Sham</a> entered <em>Aleppo</em>.</p>' +
      '<ul><li>First story</li><li>Second story</li></ul><p>Line one<br>line two</p>Tail</article>';
    const { text } = collectText(document.body);
    expect(text).toBe('Fighters of Hay’at Tahrir al-Sham entered Aleppo.\nFirst story\nSecond story\nLine one\nline two\nTail\n');
    // "Trump<b>'s</b>": an inline split inside a word stays one word.
    document.body.innerHTML = '<p>Al<b>eppo</b> fell.</p>';
    expect(collectText(document.body).text).toBe('Aleppo fell.\n');
    const snapshot = collectText(document.body);
    expect(rangeFor(snapshot, 0, 6).toString()).toBe('Aleppo');
  });

  it('gives a saved quote the whole sentence when the name is a link (issue 14)', () => {
    document.body.innerHTML = '<article><p>Fighters of <a href="#">Hayat Tahrir al-Sham</a> entered the city at dawn.</p></article>';
    const { text } = collectText(document.body);
    const start = text.indexOf('Hayat');
    expect(quoteAround(text, start, start + 'Hayat Tahrir al-Sham'.length).exact).toBe(
      'Fighters of Hayat Tahrir al-Sham entered the city at dawn.',
    );
  });

  it('skips its own UI host', () => {
    document.body.innerHTML = '<p>Aleppo</p><div data-backstory-ui>Idlib</div>';
    const host = document.querySelector('[data-backstory-ui]')!;
    expect(collectText(document.body, host).nodes.map((n) => n.data)).toEqual(['Aleppo']);
  });

  it('returns nothing when started inside an editable region', () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="p">Aleppo</p></div>';
    expect(collectText(document.getElementById('p')!).nodes).toEqual([]);
  });

  it('stops at its limits on a pathological page and says so', () => {
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++) parts.push(`<span>Aleppo ${i}</span>`);
    document.body.innerHTML = `<div>${parts.join('')}</div>`;
    const snapshot = collectText(document.body, undefined, { maxNodes: 1000, maxChars: 1_000_000 });
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.nodes.length).toBe(1000);
    const byChars = collectText(document.body, undefined, { maxNodes: 100_000, maxChars: 500 });
    expect(byChars.truncated).toBe(true);
    expect(byChars.text.length).toBeLessThanOrEqual(500 + byChars.nodes.length);
  });
});

describe('watchMutations', () => {
  it('coalesces a burst of mutations into one rescan', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const watcher = watchMutations(document.body, { ignore: () => undefined, onChange, baseDelay: 100 });
    for (let i = 0; i < 50; i++) document.body.append(document.createElement('p'), document.createTextNode(`text ${i}`));
    await vi.advanceTimersByTimeAsync(150);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('ignores mutations inside its own UI', async () => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    document.body.append(host);
    const onChange = vi.fn();
    const watcher = watchMutations(document.body, { ignore: () => host, onChange, baseDelay: 50 });
    host.append(document.createTextNode('card text'));
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).not.toHaveBeenCalled();
    watcher.stop();
  });

  it('ignores its own host being moved out of the page, but not page text being removed', async () => {
    vi.useFakeTimers();
    const host = document.createElement('div');
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Rebels entered Aleppo.';
    document.body.append(host, paragraph);
    const onChange = vi.fn();
    const watcher = watchMutations(document.body, { ignore: () => host, onChange, baseDelay: 50 });
    document.documentElement.append(host); // moved from <body> back to <html>
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).not.toHaveBeenCalled();
    paragraph.remove();
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
    host.remove();
  });

  it('backs off on a page that mutates forever, with a bounded number of rescans', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const watcher = watchMutations(document.body, { ignore: () => undefined, onChange, baseDelay: 100, maxDelay: 3200 });
    const storm = setInterval(() => document.body.append(document.createTextNode('tick ')), 10);
    await vi.advanceTimersByTimeAsync(20_000);
    clearInterval(storm);
    // Without back-off this would be ~200 rescans; with it, the delay doubles up to the cap.
    expect(onChange.mock.calls.length).toBeLessThan(15);
    expect(watcher.delay).toBe(3200);
    watcher.stop();
  });
});

describe('findArticleRoot for short articles', () => {
  it('keeps a short article that holds the page’s paragraphs', () => {
    document.body.innerHTML = '<nav><p>Menu</p></nav><article id="brief"><p>Rebels entered Aleppo.</p><p>More soon.</p></article>';
    expect(findArticleRoot(document).id).toBe('brief');
  });
});
