/** The engine in one call: fold the text, match it, weigh the evidence. DOM-free. */
import { AliasIndex } from './alias-index';
import { type Dating, disambiguate, type Mention } from './disambiguate';
import { IndexSet } from './index-set';
import { matchText } from './matcher';
import { normalize } from './normalize';

/** Mentions in `text`; entries are numbered across the set (or within the one index given). */
export function findMentions(text: string, indexes: IndexSet | AliasIndex, dating?: Dating): Mention[] {
  const set = indexes instanceof AliasIndex ? new IndexSet([indexes]) : indexes;
  const folded = normalize(text);
  const result = matchText(text, folded, set);
  return disambiguate(folded, result, set, text, dating);
}
