/**
 * Messages with elements inside them ("Listed as <q>…</q>", "From <span dir=ltr>…</span>, …"):
 * the browser substitutes a marker for each element, and the marked places get the elements back.
 * The translation decides where each element goes; the elements keep their markup and attributes.
 */
import { type ComponentChildren, createElement, Fragment, type VNode } from 'preact';
import { type MessageKey, type PluralKey, plural, t } from '../lib/i18n';

/** Private-use characters: never in a translation. */
const MARK = '\uE000';
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`);

function interleave(message: string, nodes: readonly ComponentChildren[]): VNode {
  const parts = message.split(MARKED);
  // split() with a capture group alternates text and captured element indices.
  const children = parts.map((part, i) => (i % 2 === 0 ? part : nodes[Number(part)])).filter((part) => part !== '');
  return createElement(Fragment, null, ...children);
}

/** Text and numbers go to the browser as they are (numbers are then written for the language); elements are marked. */
const markers = (nodes: readonly ComponentChildren[]) =>
  nodes.map((node, i) => (typeof node === 'string' || typeof node === 'number' ? node : `${MARK}${i}${MARK}`));

/** t() whose substitutions are elements (or text) to put in place. */
export function tNodes(key: MessageKey, ...nodes: ComponentChildren[]): VNode {
  return interleave(t(key, ...markers(nodes)), nodes);
}

/** plural() whose substitutions after the count are elements (or text) to put in place. */
export function pluralNodes(base: PluralKey, count: number, ...nodes: ComponentChildren[]): VNode {
  return interleave(plural(base, count, ...markers(nodes)), nodes);
}
