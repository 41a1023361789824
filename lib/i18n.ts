/**
 * The extension's own words, from the browser's i18n: public/_locales/<locale>/messages.json, with
 * English (en) the default and complete. See docs/translating.md.
 *
 * - t(key, ...substitutions) is one message; numbers are written for the messages' language.
 * - plural(base, count, ...substitutions) picks `${base}_${category}` by the language's plural
 *   rules (one, other, and few, many… where a translation has them), falling back to `_other`.
 *   The count is always substitution $1; the rest follow as $2, $3…
 * - uiLocale() and textDirection() say which language the messages are in, for lang, dir, dates
 *   and plural rules.
 *
 * A key the browser does not know is a bug: it throws in development and tests, and shows the key
 * in a production build (never an exception in front of a reader).
 */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The base of a plural message: the part before `_one` / `_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

export type Substitution = string | number;

/** Browsers take at most nine substitutions ($1 to $9). */
const MAX_SUBSTITUTIONS = 9;

/** Scripts written right to left, by primary language subtag. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/** browser.i18n, or undefined where there is none (Node scripts). */
function api(): I18nApi | undefined {
  return (browser as { i18n?: I18nApi } | undefined)?.i18n;
}

/** Missing keys throw everywhere but in a production build. */
function strict(): boolean {
  return import.meta.env?.PROD !== true;
}

/** The message as the browser gives it, or '' when there is none. */
function lookup(key: string, substitutions: readonly Substitution[]): string {
  if (substitutions.length > MAX_SUBSTITUTIONS) {
    if (strict()) throw new Error(`Message "${key}" has ${substitutions.length} substitutions; browsers take at most ${MAX_SUBSTITUTIONS}`);
  }
  const i18n = api();
  if (!i18n) return '';
  const locale = substitutions.some((s) => typeof s === 'number') ? uiLocale() : 'en';
  const strings = substitutions.map((s) => (typeof s === 'number' ? formatNumber(s, locale) : isolate(s)));
  try {
    return i18n.getMessage(key, strings.length > 0 ? strings : undefined) ?? '';
  } catch {
    return '';
  }
}

/** Characters that set or change text direction: right-to-left letters and the bidi controls. */
const DIRECTIONAL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/**
 * A substituted text (a pack title, a file name, a site) set apart from the message around it, so
 * its direction can't reorder the message: an unterminated U+202E in a pack's title would otherwise
 * reverse the rest of the sentence. Text that can't affect the message is left as it is.
 */
export function isolate(text: string): string {
  const rtlUi = textDirection(uiLocale()) === 'rtl';
  return DIRECTIONAL.test(text) || (rtlUi && LATIN_LETTER.test(text)) ? `\u2068${text}\u2069` : text;
}

/** One message, with its $1…$9 substitutions. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const message = lookup(key, substitutions);
  if (message !== '') return message;
  if (strict()) throw new Error(`No message "${key}" in public/_locales (or the browser has no i18n here)`);
  return key;
}

/** The form of a message for `count`: `${base}_one`, `${base}_few`… as the language has them, else `${base}_other`. */
export function plural(base: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const all = [count, ...substitutions];
  const category = pluralRules(uiLocale()).select(count);
  if (category !== 'other') {
    const message = lookup(`${base}_${category}`, all);
    if (message !== '') return message;
  }
  return t(`${base}_other` as MessageKey, ...all);
}

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  const key = `plural:${locale}`;
  let rules = cache.get(key) as Intl.PluralRules | undefined;
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    cache.set(key, rules);
  }
  return rules;
}

function formatNumber(n: number, locale: string): string {
  const key = `number:${locale}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    // No grouping: counts read "1200 entries" as they always have in English.
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    cache.set(key, format);
  }
  return format.format(n);
}

const primary = (locale: string) => locale.split('-')[0]!.toLowerCase();

function canonical(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * The language the messages are in, as a BCP 47 tag: the browser's UI language when there is a
 * translation for it ("en-GB" for the English messages in a British browser), else the language of
 * the messages the browser fell back to. Dates, plurals, lang and dir follow this, so they always
 * agree with the words around them. "en" where there is no browser (Node scripts).
 */
export function uiLocale(): string {
  const i18n = api();
  if (!i18n) return 'en';
  let messages = '';
  let ui = '';
  try {
    messages = i18n.getMessage('meta_language') ?? '';
    ui = i18n.getUILanguage() ?? '';
  } catch {
    // Not in an extension context after all (or no longer: the extension was reloaded).
  }
  if (last?.messages !== messages || last.ui !== ui) last = { messages, ui, locale: chooseLocale(messages, ui) };
  return last.locale;
}

let last: { readonly messages: string; readonly ui: string; readonly locale: string } | undefined;

function chooseLocale(messagesLanguage: string, uiLanguage: string): string {
  const messages = canonical(messagesLanguage) ?? 'en';
  const ui = canonical(uiLanguage);
  return ui && primary(ui) === primary(messages) ? ui : messages;
}

export function textDirection(locale: string = uiLocale()): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(primary(locale)) ? 'rtl' : 'ltr';
}

/** Gives one of the extension's pages its language, direction and title. */
export function localizePage(doc: Document, title: MessageKey): void {
  const locale = uiLocale();
  doc.documentElement.lang = locale;
  doc.documentElement.dir = textDirection(locale);
  doc.title = t(title);
}
