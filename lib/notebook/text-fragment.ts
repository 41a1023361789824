/**
 * A link that opens an article scrolled to a saved passage and highlights it, using URL text
 * fragments (#:~:text=…, supported by Chromium and by Firefox since version 131). The passage is
 * found by its words, so it survives changes to the page's markup.
 */
import type { QuoteAnchor } from './notebook';

/** Words at each end of a long passage: enough to be unique on a page, short enough to survive edits. */
const END_WORDS = 4;

/** Percent-encodes a fragment term; "-", "," and "&" have meanings in the directive and must be escaped too. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function textFragmentUrl(url: string, quote: QuoteAnchor): string {
  const base = url.split('#')[0] ?? url;
  // "…" marks where a long sentence was cut: those words are not on the page together.
  const words = quote.exact
    .split('…')
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return base;
  const term =
    words.length <= END_WORDS * 2
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, END_WORDS).join(' '))},${encodeTerm(words.slice(-END_WORDS).join(' '))}`;
  return `${base}#:~:text=${term}`;
}
