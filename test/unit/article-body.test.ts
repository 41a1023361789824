// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AliasIndex } from '../../lib/engine/alias-index';
import { compileIndex } from '../../lib/engine/index-compile';
import { bestContentBlock, findArticleBody, findFurniture, nameSignal } from '../../lib/page/article-body';
import { firstMentions, readPage, scanPage } from '../../lib/page/page-scan';
import { TEST_ENTRIES } from '../support/entries';

const index = AliasIndex.open(compileIndex(TEST_ENTRIES));
const marked = () => scanPage(document, index).mentions.map((m) => m.text);

afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * A news page as sites build them: the article names Hay'at Tahrir al-Sham (then HTS), Aleppo and
 * the United Nations, each more than once; the furniture around and inside it names Idlib, Bashar
 * al-Assad and Resolution 2254, which the article itself never does.
 */
const NEWS_PAGE = `
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/idlib">Idlib</a></li><li><a href="/world">World</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Fighting reaches Aleppo</h1>
      <p>Fighters of Hay'at Tahrir al-Sham entered Aleppo on Tuesday, the United Nations said, after a week of advances.</p>
      <div class="ad-slot" id="dfp-ad-top"><p>Advertisement</p><p>Idlib olive oil, delivered to your door</p></div>
      <p>HTS said its fighters held the citadel. In Aleppo, residents stayed indoors, and the United Nations asked for a pause.</p>
      <div class="newsletterBox"><h2>The Syria briefing</h2><p>Every morning: Idlib, Bashar al-Assad and the war, in your inbox.</p>
        <form><input type="email"><button>Sign up</button></form></div>
      <figure><img src="x.jpg" alt=""><figcaption>Smoke over Aleppo on Tuesday.</figcaption></figure>
      <p>By evening HTS controlled most of the old city.</p>
      <section class="c-related-list"><h2>More on this story</h2><ul>
        <li><a href="/a">Idlib braces for a new offensive</a></li>
        <li><a href="/b">Who is Bashar al-Assad?</a></li>
        <li><a href="/c">What Resolution 2254 says</a></li>
      </ul></section>
      <div><a href="/t/idlib">Idlib</a> · <a href="/t/assad">Bashar al-Assad</a> · <a href="/t/2254">Resolution 2254</a></div>
      <figure><a href="/story"><img src="y.jpg" alt=""><figcaption>Resolution 2254, ten years on</figcaption></a></figure>
      <div class="share-tools"><a href="#">Share</a> <span>Idlib</span></div>
    </article>
    <section id="comments"><p>Reader comment: Bashar al-Assad must go, Idlib must be spared.</p></section>
  </main>
  <footer><p>About us. Resolution 2254 explainer series.</p></footer>`;

describe('the article body of a news page', () => {
  it('marks the article’s own text and nothing in its furniture', () => {
    document.body.innerHTML = NEWS_PAGE;
    expect(marked()).toEqual([
      'Aleppo', // the headline is the article's too
      "Hay'at Tahrir al-Sham",
      'Aleppo',
      'United Nations',
      'HTS',
      'Aleppo',
      'United Nations',
      'Aleppo', // the article's own photo caption
      'HTS',
    ]);
  });

  it('with "first mention only", marks each entity once, where the article first names it', () => {
    document.body.innerHTML = NEWS_PAGE;
    const scan = scanPage(document, index);
    const first = firstMentions(scan.mentions);
    expect(first.map((m) => m.text)).toEqual(['Aleppo', "Hay'at Tahrir al-Sham", 'United Nations']);
    // HTS is the same entity as Hay'at Tahrir al-Sham: its later mentions are not marked again.
    expect(first.filter((m) => m.text === 'HTS')).toEqual([]);
    expect(scan.snapshot.text.slice(0, first[0]!.start).trim()).toBe('Fighting reaches');
  });

  it('names each piece of furniture it leaves out', () => {
    document.body.innerHTML = NEWS_PAGE;
    const { root, furniture } = findArticleBody(document);
    expect(root.localName).toBe('article');
    const described = furniture.map((element) => element.getAttribute('class') ?? element.localName);
    expect(described).toEqual(['ad-slot', 'newsletterBox', 'c-related-list', 'div', 'figure', 'share-tools']);
  });

  it('reads the whole page when asked, furniture and all', () => {
    document.body.innerHTML = NEWS_PAGE;
    const text = readPage(document, undefined, undefined, 'page').text;
    for (const words of ['Idlib olive oil', 'Who is Bashar al-Assad?', 'Reader comment', 'About us', 'Home']) expect(text).toContain(words);
  });

  it('never changes the page', () => {
    document.body.innerHTML = NEWS_PAGE;
    const before = document.body.innerHTML;
    findArticleBody(document);
    readPage(document);
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('what counts as furniture', () => {
  it('keeps a block named like furniture when it holds most of the article', () => {
    const long = 'Fighters of HTS entered Aleppo, and the United Nations asked for calm. '.repeat(8);
    document.body.innerHTML = `<article><h1>Title</h1><div class="story-body comments-enabled share-bar"><p>${long}</p><p>${long}</p></div>
      <div class="comments"><p>Idlib, says a reader.</p></div></article>`;
    const { furniture } = findArticleBody(document);
    expect(furniture.map((element) => element.className)).toEqual(['comments']);
    expect(marked()).not.toContain('Idlib');
    expect(marked()).toContain('Aleppo');
  });

  it('keeps a sentence that links every name it gives, and drops a list of links', () => {
    document.body.innerHTML = `<article>
      <div class="para"><p><a href="/1">Hay'at Tahrir al-Sham</a>, <a href="/2">United Nations</a> and <a href="/3">Aleppo</a>.</p></div>
      <ul><li><a href="/4">Idlib</a></li><li><a href="/5">Bashar al-Assad</a></li><li><a href="/6">Resolution 2254</a></li></ul></article>`;
    expect(marked()).toEqual(["Hay'at Tahrir al-Sham", 'United Nations', 'Aleppo']);
  });

  it('drops a list of other stories’ headlines even when it has summaries', () => {
    const item = (title: string) => `<li><h3>${title}</h3><p>A summary of that other story, long enough to read as prose.</p></li>`;
    const long = 'Aleppo is calm today, the United Nations says, and shops have opened again. '.repeat(5);
    document.body.innerHTML = `<article><p>${long}</p>
      <ul>${item('Idlib braces')}${item('Bashar al-Assad speaks')}${item('Resolution 2254 at ten')}</ul></article>`;
    expect(new Set(marked())).toEqual(new Set(['Aleppo', 'United Nations']));
  });

  it('reads names in class, id, role and labels, at word boundaries', () => {
    const element = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild!;
    };
    expect(nameSignal(element('<div class="relatedStories"></div>'))).toBe('furniture');
    expect(nameSignal(element('<div id="most-read"></div>'))).toBe('furniture');
    expect(nameSignal(element('<div role="navigation"></div>'))).toBe('furniture');
    expect(nameSignal(element('<section aria-label="Advertisement"></section>'))).toBe('furniture');
    expect(nameSignal(element('<div class="ad"></div>'))).toBe('furniture');
    expect(nameSignal(element('<div data-testid="share-bar"></div>'))).toBe('furniture');
    // Words that contain a furniture word are not it: "header", "load", "commentary", "shared".
    expect(nameSignal(element('<div class="header loaded"></div>'))).toBeUndefined();
    expect(nameSignal(element('<div class="commentary shared-layout"></div>'))).toBeUndefined();
    // A weak word goes with a content word ("article-tags"), a strong one does not ("article-share").
    expect(nameSignal(element('<div class="sidebar"></div>'))).toBe('furniture');
    expect(nameSignal(element('<div class="article-tags"></div>'))).toBe('content');
    expect(nameSignal(element('<div class="article-share"></div>'))).toBe('furniture');
  });

  it('returns nothing to skip in a plain article', () => {
    document.body.innerHTML =
      '<article><h1>Aleppo</h1><p>Rebels entered <a href="/x">Aleppo</a>.</p><figure><figcaption>Aleppo</figcaption></figure></article>';
    expect(findFurniture(document.querySelector('article')!)).toEqual([]);
  });
});

describe('a page without an article container', () => {
  const paragraph = (text: string) => `<p>${text} ${'The talks went on late into the night, and little was agreed. '.repeat(3)}</p>`;

  it('reads the block that holds the article’s paragraphs, its headline included, not the body', () => {
    document.body.innerHTML = `
      <div class="top"><div class="links"><a href="/">Home</a> <a href="/s">Idlib</a> <a href="/w">World</a></div></div>
      <div id="page">
        <div id="story"><h1>Talks on Aleppo</h1>
          <div id="text">${paragraph('The United Nations hosted talks on Aleppo.')}${paragraph('HTS, a rebel group in Syria, did not attend.')}${paragraph('Aleppo waits.')}</div>
        </div>
        <div class="column-right"><p>Popular now: Bashar al-Assad, Idlib, and other stories people read, with commas, to score.</p></div>
      </div>`;
    const { root } = findArticleBody(document);
    expect(root.id).toBe('story');
    expect(new Set(marked())).toEqual(new Set(['Aleppo', 'United Nations', 'HTS']));
  });

  it('takes in the paragraphs beside a "read more" part', () => {
    document.body.innerHTML = `<div id="content">${paragraph('Aleppo first.')}${paragraph('Then more.')}
      <div class="more">${paragraph('One.')}${paragraph('Two.')}${paragraph('Three.')}${paragraph('Four.')}${paragraph('Five.')}${paragraph('Six.')}</div></div>
      <div class="other"><p>Idlib elsewhere, a short aside that is not the article at all.</p></div>`;
    expect(bestContentBlock(document.body)?.id).toBe('content');
  });

  it('keeps the body when there is too little prose to tell', () => {
    document.body.innerHTML = '<div><p>Aleppo.</p></div><div><p>Idlib.</p></div>';
    expect(bestContentBlock(document.body)).toBeUndefined();
    expect(findArticleBody(document).root).toBe(document.body);
  });
});
