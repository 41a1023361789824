/**
 * "Copy citation": an entry as plain text a student can paste into notes or an essay, with
 * every source it rests on.
 */
import type { EntryDetails } from './messages';

/** Text from data may carry a little markup (user packs); a citation is plain text. */
export function plainText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name] ?? '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function citeEntry(details: EntryDetails): string {
  const { entry, pack } = details;
  const lines = [`${entry.name} (${entry.kind}). ${plainText(entry.summary)}`, '', 'Sources:'];
  entry.sources.forEach((source, i) => {
    lines.push(`[${i + 1}] ${source.title}. ${source.publisher}. ${source.url} (accessed ${source.accessed})`);
  });
  lines.push('', `Via Backstory, ${pack.title} pack; entry reviewed ${entry.reviewed}.`);
  return `${lines.join('\n')}\n`;
}
