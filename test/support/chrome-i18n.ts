/**
 * chrome.i18n.getMessage over a messages.json catalogue, as Chromium does it, for tests in Node
 * (the fake browser WXT gives Vitest has no i18n):
 *
 * - Message names are case-insensitive; a name that is not there gives ''.
 * - Placeholders ($NAME$, case-insensitive) are replaced by their "content" once, when the
 *   extension loads (Chromium's MessageBundle::ReplaceVariables); a placeholder used but not
 *   declared makes the extension fail to load, so here it throws.
 * - Then $1…$9 are replaced by the substitutions (base::ReplaceStringPlaceholders): a missing
 *   substitution gives nothing, "$$" gives "$", and a "$" followed by anything else is dropped
 *   with the character after it. More than nine substitutions give ''.
 */

export interface CatalogueEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}
export type Catalogue = Readonly<Record<string, CatalogueEntry>>;

const VALID_NAME = /^[A-Za-z0-9_@]+$/;

/** MessageBundle::ReplaceVariables with "$" delimiters: one pass, replacements are not rescanned. */
export function replacePlaceholders(message: string, placeholders: ReadonlyMap<string, string>, key = ''): string {
  let text = message;
  let begin = 0;
  for (;;) {
    begin = text.indexOf('$', begin);
    if (begin < 0) return text;
    begin += 1;
    if (begin >= text.length) return text;
    const end = text.indexOf('$', begin);
    if (end < 0) return text;
    const name = text.slice(begin, end);
    if (!VALID_NAME.test(name)) continue;
    const value = placeholders.get(name.toLowerCase());
    if (value === undefined) throw new Error(`Message "${key}": variable $${name}$ used but not defined.`);
    text = text.slice(0, begin - 1) + value + text.slice(end + 1);
    begin += value.length - 1;
  }
}

/** base::ReplaceStringPlaceholders: $1…$9 and "$$". */
export function replaceSubstitutions(text: string, substitutions: readonly string[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    if (i + 1 >= text.length) continue; // a trailing "$" is dropped
    i++;
    if (text[i] === '$') {
      // "$$" → "$", "$$$" → "$$": every "$" after the first is kept.
      while (i < text.length && text[i] === '$') {
        out += '$';
        i++;
      }
      i--;
      continue;
    }
    const digit = text.charCodeAt(i) - '1'.charCodeAt(0);
    if (digit < 0 || digit > 8) continue; // invalid placeholder: both characters dropped
    out += substitutions[digit] ?? '';
  }
  return out;
}

/** The catalogue as Chromium holds it after loading: lower-case names, placeholders expanded. */
export function loadCatalogue(catalogue: Catalogue): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, entry] of Object.entries(catalogue)) {
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    messages.set(key.toLowerCase(), replacePlaceholders(entry.message, placeholders, key));
  }
  return messages;
}

export function chromeGetMessage(
  messages: ReadonlyMap<string, string>,
  name: string,
  substitutions?: string | readonly unknown[],
  uiLocale = 'en',
): string {
  const predefined: Record<string, string> = {
    '@@extension_id': 'backstory-test',
    '@@ui_locale': uiLocale.replace(/-/g, '_'),
    '@@bidi_dir': 'ltr',
    '@@bidi_reversed_dir': 'rtl',
    '@@bidi_start_edge': 'left',
    '@@bidi_end_edge': 'right',
  };
  const message = predefined[name.toLowerCase()] ?? messages.get(name.toLowerCase());
  if (message === undefined) return '';
  const list = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions.map(String);
  if (list.length > 9) return '';
  return replaceSubstitutions(message, list);
}
