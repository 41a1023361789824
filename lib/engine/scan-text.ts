/** The engine in one call: fold the text, match it, weigh the evidence. DOM-free. */
import type { AliasIndex } from './alias-index';
import { disambiguate, type Mention } from './disambiguate';
import { matchText } from './matcher';
import { normalize } from './normalize';

export function findMentions(text: string, index: AliasIndex): Mention[] {
  const folded = normalize(text);
  const result = matchText(text, folded, index);
  return disambiguate(folded.text, result, index, text);
}
