/**
 * The article's own text, without the page's furniture. `findArticleRoot` (collect.ts) finds the
 * element that holds the article; inside it, news pages still put "more stories" lists, newsletter
 * boxes, ad slots, share bars, tag lists and comment sections. This module finds those blocks so
 * the text collection can skip them, and, when a page has no article container at all, picks the
 * block that holds the article's paragraphs (scored as Readability does) rather than the whole body.
 *
 * Read-only: it reads tags, a few attributes and text lengths, and never touches the page. One pass
 * over the root's nodes, without layout or computed styles.
 */
import { findArticleRoot } from './collect';

export interface ArticleBody {
  /** The element that holds the article. */
  readonly root: Element;
  /** Blocks inside `root` that are page furniture, in document order, none inside another. */
  readonly furniture: Element[];
}

/** Elements never read as text (as in collect.ts), so never measured either. */
const NOT_TEXT = new Set(
  'script style noscript template svg math iframe object canvas video audio head title textarea select option'.split(' '),
);

/** Elements that are furniture by what they are. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
]);

/**
 * Words in a class, id, aria-label or test id that mark furniture wherever they appear in the name
 * ("relatedStories", "newsletter-signup", "taboola-below"): long enough not to occur by chance.
 */
const STRONG_PARTS =
  /related|recommend|morestories|more-stories|more_stories|newsletter|outbrain|taboola|sponsor|advert|adslot|adunit|ad-slot|ad-unit|ad-container|ad-wrapper|dfp-|doubleclick|promo|disqus|breadcrumb|paywall|cookie|consent|signup|sign-up|most-read|mostread|most-popular|mostpopular|trending|readmore|read-more|see-also|seealso|also-read|alsoread|further-reading|recirc|comments|comment-|-comment|commentlist/;
/** Whole words (split at case changes and punctuation) that mark furniture: short, so matched only as words. */
const STRONG_WORDS = new Set([
  'ad',
  'ads',
  'advertisement',
  'share',
  'sharing',
  'sharebar',
  'social',
  'comment',
  'popular',
  'teaser',
  'teasers',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'rail',
  'stream',
  'tags',
  'topics',
  'footer',
  'masthead',
  'banner',
  'pagination',
  'pager',
  'toolbar',
  'modal',
  'popup',
  'byline',
  'bio',
  'subscribe',
  'subscription',
]);
/** Words that say a block is the article itself: they cancel a weak word ("story-footer" does not, "article-share" neither). */
const CONTENT_WORDS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'main', 'story', 'text', 'post', 'prose']);
/** Of STRONG_WORDS, those a content word cancels ("article-tags" is not furniture, "tags" is). */
const WEAK_WORDS = new Set(['stream', 'rail', 'sidebar', 'banner', 'bio', 'byline', 'tags', 'topics', 'modal', 'popup']);

/** Text of one name, split into lower-case words at punctuation and case changes ("relatedStories" → related, stories). */
function words(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
}

/** What a block's class, id, role and labels say about it: furniture, content, or nothing. */
export function nameSignal(element: Element): 'furniture' | 'content' | undefined {
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role.trim().toLowerCase())) return 'furniture';
  const names = [
    element.getAttribute('class'),
    element.id,
    element.getAttribute('aria-label'),
    element.getAttribute('data-testid'),
    element.getAttribute('data-component'),
    element.getAttribute('data-module'),
  ]
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .join(' ');
  if (names.length === 0 || names.length > 500) return undefined;
  const lower = names.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  if (STRONG_PARTS.test(lower)) return 'furniture';
  let weak = false;
  let content = false;
  for (const word of words(names)) {
    if (STRONG_WORDS.has(word)) {
      if (!WEAK_WORDS.has(word)) return 'furniture';
      weak = true;
    } else if (CONTENT_WORDS.has(word)) content = true;
  }
  if (weak && !content) return 'furniture';
  return content ? 'content' : undefined;
}

/** Characters of text, links' share of them, links and paragraphs, under one element. */
interface Tally {
  text: number;
  linkText: number;
  links: number;
  paragraphs: number;
}

/** Nodes findFurniture measures at most (collectText reads at most 100,000 text nodes). */
const MAX_WALK = 250_000;
/** A block that holds more than this share of the root's text is the article, whatever its name says. */
const MAX_FURNITURE_SHARE = 0.5;
/** A block with at least this many links, most of its text in them, is a list of links (menu, more stories). */
const LINK_LIST_MIN_LINKS = 3;
const LINK_LIST_DENSITY = 0.5;
/** Elements whose link density says nothing: a sentence may link every name it gives. */
const PROSE = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'b', 'i', 'span', 'blockquote', 'q', 'cite']);

/** Items of a list that each hold a heading are other stories' headlines (a "more stories" list, a gallery of them). */
const HEADLINE_LIST_MIN_ITEMS = 3;
function isHeadlineList(list: Element): boolean {
  let headed = 0;
  let items = 0;
  for (let item = list.firstElementChild; item !== null; item = item.nextElementSibling) {
    if (item.localName !== 'li') continue;
    items++;
    if (item.querySelector('h2, h3, h4, h5, h6') !== null) headed++;
  }
  return headed >= HEADLINE_LIST_MIN_ITEMS && headed * 2 > items;
}

function isFurniture(element: Element, tally: Tally, rootText: number): boolean {
  if (tally.text > rootText * MAX_FURNITURE_SHARE) return false;
  const tag = element.localName;
  if (FURNITURE_TAGS.has(tag)) return true;
  if (nameSignal(element) === 'furniture') return true;
  if (PROSE.has(tag)) return false;
  if ((tag === 'ul' || tag === 'ol') && isHeadlineList(element)) return true;
  const density = tally.text === 0 ? 0 : tally.linkText / tally.text;
  // A picture whose caption links to another story is a teaser, not the article's own figure.
  if (tag === 'figure') return tally.links >= 1 && density > LINK_LIST_DENSITY;
  // A sentence may link every name it gives ("<p><a>A</a>, <a>B</a> and <a>C</a> met.</p>"): a block
  // with one or two paragraphs is prose whatever its links; three or more all in links are a list.
  const listLike = tally.paragraphs === 0 || tally.paragraphs >= LINK_LIST_MIN_LINKS;
  return listLike && tally.links >= LINK_LIST_MIN_LINKS && density > LINK_LIST_DENSITY;
}

/**
 * The furniture blocks inside `root`: one walk over its nodes that measures each element's text and
 * link text, then a verdict per element. Deeply nested pages are walked without recursion.
 */
export function findFurniture(root: Element): Element[] {
  // Elements in document order, with their tallies and where their descendants end in the list.
  const elements: Element[] = [];
  const tallies: Tally[] = [];
  const ends: number[] = [];
  const openIndex: number[] = [];
  const stack: Tally[] = [{ text: 0, linkText: 0, links: 0, paragraphs: 0 }];
  const open: Element[] = [root];
  let inLink = 0;
  let budget = MAX_WALK;
  let node: Node | null = root.firstChild;
  for (;;) {
    // A pathological page (a million text nodes) is measured only as far as the budget goes, as
    // collectText reads it only so far: past it, open elements are closed and nothing more is read.
    if (node !== null && --budget < 0) node = null;
    if (node !== null) {
      if (node.nodeType === 3) {
        const length = (node as Text).data.trim().length;
        const top = stack[stack.length - 1]!;
        top.text += length;
        if (inLink > 0) top.linkText += length;
        node = node.nextSibling;
        continue;
      }
      if (node.nodeType === 1 && !NOT_TEXT.has((node as Element).localName) && node.firstChild !== null) {
        const element = node as Element;
        const tally = { text: 0, linkText: 0, links: 0, paragraphs: element.localName === 'p' ? 1 : 0 };
        if (element.localName === 'a') {
          inLink++;
          tally.links = 1;
        }
        openIndex.push(elements.length);
        elements.push(element);
        tallies.push(tally);
        ends.push(0);
        stack.push(tally);
        open.push(element);
        node = element.firstChild;
        continue;
      }
      node = node.nextSibling;
      continue;
    }
    // The last child of the open element is done: add its tally to its parent's and move on.
    if (open.length === 1) break;
    const done = open.pop()!;
    const tally = stack.pop()!;
    ends[openIndex.pop()!] = elements.length;
    if (done.localName === 'a') inLink--;
    const parent = stack[stack.length - 1]!;
    parent.text += tally.text;
    parent.linkText += tally.linkText;
    parent.links += tally.links;
    parent.paragraphs += tally.paragraphs;
    node = budget < 0 ? null : done.nextSibling;
  }
  const rootText = stack[0]!.text;
  const furniture: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    if (!isFurniture(elements[i]!, tallies[i]!, rootText)) continue;
    furniture.push(elements[i]!);
    i = ends[i]! - 1; // what is inside furniture is skipped with it
  }
  return furniture;
}

/** Paragraph-like blocks shorter than this are not scored (captions, datelines, buttons). */
const MIN_PARAGRAPH = 25;
/** Below this much scored paragraph text the page has no article to find: the container is kept. */
const MIN_SCORED_TEXT = 500;
/** The chosen block must hold this share of the scored paragraph text, or a larger one is taken. */
const MIN_COVERAGE = 0.6;
/** Paragraphs right beside the chosen block holding this share of the paragraph text widen it to their parent. */
const SIBLING_SHARE = 0.1;
const BLOCK_CHILDREN = new Set(
  'address article aside blockquote div dl fieldset figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(
    ' ',
  ),
);

/** Children a paragraph has at most: more is a list or a pathological page, not a paragraph. */
const MAX_PARAGRAPH_CHILDREN = 200;
/** Paragraphs scored at most: enough for any article, bounded on pathological pages. */
const MAX_PARAGRAPHS = 5_000;

/** A div holding only inline content, and not too much of it: a paragraph written without <p> (some sites do). */
function isParagraphDiv(div: Element): boolean {
  let children = 0;
  for (let child = div.firstChild; child !== null; child = child.nextSibling) {
    if (++children > MAX_PARAGRAPH_CHILDREN) return false;
    if (child.nodeType === 1 && BLOCK_CHILDREN.has((child as Element).localName)) return false;
  }
  return children > 0;
}

/**
 * The block of `container` that holds the article's paragraphs, Readability's way: each paragraph
 * scores for its length and commas, its parent gets the score, its grandparent half, further
 * ancestors less; paragraphs in furniture do not count. The best-scored block is widened until it
 * holds most of the paragraph text (an article split by ad slots has its parts side by side).
 * Undefined when the container holds too little prose to tell.
 */
export function bestContentBlock(container: Element): Element | undefined {
  const scores = new Map<Element, number>();
  const furniture = new Map<Element, boolean>();
  /** Is any ancestor of `element` up to the container furniture (by tag or name)? Cached per element. */
  const inFurniture = (element: Element): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let at: Element | null = element; at !== null && at !== container; at = at.parentElement) {
      const known = furniture.get(at);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(at);
      if (FURNITURE_TAGS.has(at.localName) || nameSignal(at) === 'furniture') {
        verdict = true;
        break;
      }
    }
    for (const element of path) furniture.set(element, verdict);
    return verdict;
  };

  const paragraphs: Element[] = [];
  for (const p of container.getElementsByTagName('p')) if (paragraphs.push(p) >= MAX_PARAGRAPHS) break;
  for (const div of container.getElementsByTagName('div')) {
    if (paragraphs.length >= MAX_PARAGRAPHS * 2) break;
    if (isParagraphDiv(div)) paragraphs.push(div);
  }
  let scoredText = 0;
  const lengths = new Map<Element, number>();
  for (const paragraph of paragraphs) {
    const text = paragraph.textContent ?? '';
    const length = text.trim().length;
    if (length < MIN_PARAGRAPH || inFurniture(paragraph)) continue;
    const commas = text.split(/[,،，、]/).length - 1;
    const score = 1 + commas + Math.min(Math.floor(length / 100), 3);
    scoredText += length;
    lengths.set(paragraph, length);
    let level = 0;
    for (let at = paragraph.parentElement; at !== null && level < 5; at = at.parentElement, level++) {
      scores.set(at, (scores.get(at) ?? 0) + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (at === container) break;
    }
  }
  if (scoredText < MIN_SCORED_TEXT) return undefined;

  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (!container.contains(element)) continue;
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const coverage = (block: Element) => {
    let held = 0;
    for (const [paragraph, length] of lengths) if (block.contains(paragraph)) held += length;
    return held / scoredText;
  };
  // Paragraphs beside the block (the first ones of an article whose rest sits in a "read more"
  // part, say) belong with it: widen to the parent while it holds such paragraphs of its own.
  const ownParagraphs = (block: Element) => {
    let held = 0;
    for (let child = block.firstElementChild; child !== null; child = child.nextElementSibling) held += lengths.get(child) ?? 0;
    return held / scoredText;
  };
  while (best !== container && (coverage(best) < MIN_COVERAGE || ownParagraphs(best.parentElement ?? container) >= SIBLING_SHARE))
    best = best.parentElement ?? container;
  // The headline belongs to the article: take it in when it sits just above the paragraphs' block.
  const headlines = container.getElementsByTagName('h1');
  if (headlines.length === 1 && !best.contains(headlines[0]!)) {
    let widened = best;
    for (let step = 0; step < 3 && widened !== container && !widened.contains(headlines[0]!); step++)
      widened = widened.parentElement ?? container;
    if (widened !== container && widened.contains(headlines[0]!)) best = widened;
  }
  return best;
}

/**
 * The article and the furniture inside it. An <article> or articleBody found by findArticleRoot is
 * kept; when it found only <main> or the body, the best content block inside it is taken instead.
 */
export function findArticleBody(doc: Document, articleRoot: Element = findArticleRoot(doc)): ArticleBody {
  let root = articleRoot;
  const body = doc.body ?? doc.documentElement;
  if (root === body || root.localName === 'main' || root.getAttribute('role') === 'main') {
    const block = bestContentBlock(root);
    if (block !== undefined && block !== body) root = block;
  }
  return { root, furniture: findFurniture(root) };
}
