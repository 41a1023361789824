/**
 * "Copy citation": an entry as plain text a student can paste into notes or an essay, with
 * every source it rests on; and a saved article as a reference, naming its outlet as the outlet
 * names itself (the host only when the page gave no name).
 */
import type { EntryDetails } from '../messages';
import { outletOf, type SavedArticle } from './notebook';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A character reference's character, or the reference itself when it names no character. */
function decodeEntity(reference: string, name: string): string {
  const code = /^#x([0-9a-f]{1,6})$/i.exec(name)?.[1] ?? /^#(\d{1,7})$/.exec(name)?.[1];
  if (code === undefined) return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name]! : reference;
  const point = name[1]?.toLowerCase() === 'x' ? Number.parseInt(code, 16) : Number(code);
  return point > 0 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : reference;
}

/** Text from data may carry a little markup (user packs); a citation is plain text. */
export function plainText(text: string): string {
  return (
    text
      // Tags and comments only: a "<" that opens no tag ("a < b") is text.
      .replace(/<!--[\s\S]*?-->|<\/?[a-z][^<>]*>/gi, '')
      // One pass, so "&amp;lt;" becomes the text "&lt;", not "<".
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Plain text ended by a full stop, unless it already ends a sentence ("Who are HTS?", "Example Inc."). */
const sentence = (text: string): string => {
  const plain = plainText(text);
  return /[.!?…]["'”’)]*$/u.test(plain) ? plain : `${plain}.`;
};

export function citeEntry(details: EntryDetails): string {
  const { entry, pack } = details;
  const lines = [`${plainText(entry.name)} (${entry.kind}). ${plainText(entry.summary)}`, '', 'Sources:'];
  entry.sources.forEach((source, i) => {
    lines.push(`[${i + 1}] ${sentence(source.title)} ${sentence(source.publisher)} ${source.url} (accessed ${source.accessed})`);
  });
  lines.push('', `Via Backstory, ${plainText(pack.title)} pack; entry reviewed ${entry.reviewed}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * A saved article as one reference line: "Title. Outlet. Published 3 Dec 2024. URL (accessed 2026-12-06)".
 * Dates are written YYYY-MM-DD, as in the entry citations' "accessed".
 */
export function citeArticle(article: SavedArticle): string {
  const parts = [sentence(article.title), sentence(outletOf(article))];
  if (article.publishedOn) parts.push(`Published ${article.publishedOn}.`);
  parts.push(`${article.url} (accessed ${article.savedAt.slice(0, 10)})`);
  return `${parts.join(' ')}\n`;
}
