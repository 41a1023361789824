// @vitest-environment jsdom
/**
 * The messages in public/_locales and their use: every key the source asks for exists, every key
 * exists for a reason, placeholders are declared and used, plural families are complete, and the
 * lookup and substitution behave as in the browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { pluralNodes, tNodes } from '../../components/i18n-nodes';
import { localizePage, type MessageKey, plural, t, textDirection, uiLocale } from '../../lib/i18n';
import { formatDate } from '../../lib/packs/designation-status';
import { type Catalogue, type CatalogueEntry, chromeGetMessage, loadCatalogue, replaceSubstitutions } from '../support/chrome-i18n';

const ROOT = resolve(__dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const readCatalogue = (locale: string): Catalogue => JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
const en = readCatalogue('en');
const enKeys = Object.keys(en);

/** Source files that can show text: the UI, the libraries and the manifest's config. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const SOURCES = [...['components', 'entrypoints', 'lib'].flatMap((dir) => sourceFiles(join(ROOT, dir))), join(ROOT, 'wxt.config.ts')];
/** The modules that implement t() and plural() themselves (their keys are parameters). */
const I18N_MODULES = ['lib/i18n.ts', 'components/i18n-nodes.ts'];
const usesI18n = (text: string) => /from '[./]*(?:lib\/)?i18n'|from '[./]*(?:components\/)?i18n-nodes'/.test(text);

interface Uses {
  readonly keys: Set<string>;
  readonly pluralBases: Set<string>;
  /** Calls whose key is not a string literal, outside the i18n modules: the scan could not check them. */
  readonly dynamic: string[];
}

function scanSources(): Uses {
  const uses: Uses = { keys: new Set(), pluralBases: new Set(), dynamic: [] };
  for (const file of SOURCES) {
    const text = readFileSync(file, 'utf8');
    const name = relative(ROOT, file);
    for (const match of text.matchAll(/__MSG_(\w+)__/g)) uses.keys.add(match[1]!);
    for (const match of text.matchAll(/getMessage\(\s*'(\w+)'/g)) uses.keys.add(match[1]!);
    if (!usesI18n(text) && !I18N_MODULES.includes(name)) continue;
    for (const match of text.matchAll(/(?<![\w.$])(t|tNodes|plural|pluralNodes)\(\s*([^\s)])/g)) {
      const [, fn, next] = match;
      if (next === "'") {
        const key = /^'(\w+)'/.exec(text.slice(match.index + match[0].length - 1))?.[1];
        if (!key) uses.dynamic.push(`${name}: ${fn}(…`);
        else if (fn === 't' || fn === 'tNodes') uses.keys.add(key);
        else uses.pluralBases.add(key);
      } else if (!I18N_MODULES.includes(name)) {
        uses.dynamic.push(`${name}: ${text.slice(match.index, match.index + 40)}`);
      }
    }
    for (const match of text.matchAll(/localizePage\(\s*\w+,\s*'(\w+)'/g)) uses.keys.add(match[1]!);
  }
  return uses;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholderNames = (entry: CatalogueEntry) => Object.keys(entry.placeholders ?? {}).sort();
const usedNames = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('messages used by the source', () => {
  const uses = scanSources();

  it('finds the calls it checks (the scan works)', () => {
    expect(uses.keys.size).toBeGreaterThan(100);
    expect(uses.keys).toContain('ext_name'); // __MSG_ext_name__ in wxt.config.ts
    expect(uses.keys).toContain('meta_language'); // lib/i18n.ts
    expect(uses.keys).toContain('card_citation_copied'); // entrypoints/content/controller.ts
    expect(uses.pluralBases).toContain('notebook_articles');
  });

  it('names every key literally outside lib/i18n.ts, so this scan sees every use', () => {
    expect(uses.dynamic).toEqual([]);
  });

  it('has every key the source uses', () => {
    expect([...uses.keys].filter((key) => !(key in en))).toEqual([]);
    expect([...uses.pluralBases].filter((base) => !(`${base}_other` in en))).toEqual([]);
  });

  it('has no key the source does not use', () => {
    const unused = enKeys.filter((key) => !uses.keys.has(key) && !(PLURAL_SUFFIX.test(key) && uses.pluralBases.has(baseOf(key))));
    expect(unused).toEqual([]);
  });
});

describe.each(readdirSync(LOCALES))('public/_locales/%s/messages.json', (locale) => {
  const catalogue = readCatalogue(locale);
  const language = locale.replace(/_/g, '-');
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  const pluralBases = new Set(enKeys.filter((key) => key.endsWith('_other')).map(baseOf));

  it('names its own language in meta_language', () => {
    expect(catalogue.meta_language?.message).toBe(language);
  });

  it('loads as the browser loads it (every $PLACEHOLDER$ used is declared)', () => {
    expect(() => loadCatalogue(catalogue)).not.toThrow();
  });

  it('declares only placeholders its messages use, each a substitution $1…$9', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(placeholderNames(entry), key).toEqual(usedNames(entry.message));
      for (const placeholder of Object.values(entry.placeholders ?? {})) expect(placeholder.content, key).toMatch(/^\$[1-9]$/);
    }
  });

  it('uses lower-case snake_case keys (browsers ignore the case of keys)', () => {
    for (const key of Object.keys(catalogue)) expect(key).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  it('has every English message, and the plural forms that would otherwise fall back to English', () => {
    const isPluralForm = (key: string) => PLURAL_SUFFIX.test(key) && pluralBases.has(baseOf(key));
    const missing = enKeys.filter((key) => !isPluralForm(key) && !(key in catalogue));
    // _other always. A category English also has (_one) must be there when the language uses it: the
    // browser would fill a missing one from English. Other categories (few, many…) fall back to _other.
    const needed = categories.filter((category) => category === 'other' || enKeys.some((key) => key.endsWith(`_${category}`)));
    for (const base of pluralBases) missing.push(...needed.map((c) => `${base}_${c}`).filter((key) => !(key in catalogue)));
    expect(missing).toEqual([]);
  });

  it('has no message English does not have, and the same placeholders as English', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      const category = PLURAL_SUFFIX.exec(key)?.[1];
      const pluralForm = category !== undefined && pluralBases.has(baseOf(key)) && categories.includes(category);
      const english = en[key] ?? (pluralForm ? en[`${baseOf(key)}_other`] : undefined);
      expect(english, `${key} is not an English message, nor a plural form ${language} has`).toBeDefined();
      expect(placeholderNames(entry), key).toEqual(placeholderNames(english!));
      // The same substitution behind each name: t() and plural() pass them by position.
      for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
        expect(placeholder.content, `${key} $${name}$`).toBe(english!.placeholders?.[name]?.content);
      }
    }
  });

  it.skipIf(locale !== 'en')('describes every message for translators', () => {
    for (const [key, entry] of Object.entries(catalogue)) expect(entry.description?.trim(), key).toBeTruthy();
  });

  it.skipIf(locale !== 'en')('gives every plural form the count as $1, and the same placeholders to each form', () => {
    for (const base of pluralBases) {
      const forms = enKeys.filter((key) => baseOf(key) === base && PLURAL_SUFFIX.test(key));
      expect(forms, base).toContain(`${base}_one`);
      for (const key of forms) {
        expect(placeholderNames(en[key]!), key).toEqual(placeholderNames(en[`${base}_other`]!));
        const count = en[key]!.placeholders?.count;
        if (count) expect(count.content, key).toBe('$1');
      }
    }
  });
});

describe('getMessage as Chromium does it (the test stub)', () => {
  const catalogue: Catalogue = {
    Greeting: { message: 'Hello $Who$, $$5 for $1 ($WHAT$)', placeholders: { who: { content: '$2' }, WHAT: { content: 'a $1' } } },
    dollars: { message: 'US$5 costs $$ and $' },
  };
  const messages = loadCatalogue(catalogue);

  it('expands placeholders, whatever their case, and substitutes $1…$9 by position', () => {
    expect(chromeGetMessage(messages, 'greeting', ['tea', 'Ann'])).toBe('Hello Ann, $5 for tea (a tea)');
    expect(chromeGetMessage(messages, 'GREETING', 'tea')).toBe('Hello , $5 for tea (a tea)');
  });

  it('reads a lone $ as Chromium does: "$$" is "$", "$5" without a fifth substitution is nothing', () => {
    expect(chromeGetMessage(messages, 'dollars')).toBe('US costs $ and ');
    expect(replaceSubstitutions('$$$1$x', ['a'])).toBe('$$1');
  });

  it('gives "" for an unknown name or more than nine substitutions', () => {
    expect(chromeGetMessage(messages, 'nope')).toBe('');
    expect(chromeGetMessage(messages, 'greeting', Array.from({ length: 10 }, String))).toBe('');
  });

  it('refuses a placeholder used but not declared, as Chromium refuses to load the extension', () => {
    expect(() => loadCatalogue({ bad: { message: 'Hi $NAME$' } })).toThrow(/\$NAME\$ used but not defined/);
  });
});

describe('t and plural', () => {
  it('substitute by position, whatever order the message names them in', () => {
    expect(t('card_citation_copied')).toBe('Citation copied.');
    expect(t('designation_today', '25 Nov 2026')).toBe('Today (25 Nov 2026)');
    expect(plural('entry_in_force_lifted', 7, 2, 4)).toBe('In force with 2 of 7 authorities today; lifted by 4 since the article.');
    expect(plural('browse_count_partial', 63, 60, 50)).toBe('60 of 63 entries; showing the first 50');
  });

  it('choose the plural form by the count', () => {
    expect(plural('card_saved', 1)).toBe('Saved to your notebook with 1 entity.');
    expect(plural('card_saved', 0)).toBe('Saved to your notebook with 0 entities.');
    expect(plural('card_saved', 12)).toBe('Saved to your notebook with 12 entities.');
    expect(plural('popup_mentions', 1)).toBe('mention');
  });

  it('fall back to the _other form for a category the messages do not have', () => {
    fakeLanguage('ru'); // 3 is "few" in Russian; English has no _few
    expect(plural('card_saved', 3)).toBe('Saved to your notebook with 3 entities.');
  });

  it('throw on an unknown key in tests and development', () => {
    expect(() => t('no_such_key' as MessageKey)).toThrow(/no_such_key/);
  });

  it('return the key, never throw, in a production build', () => {
    vi.stubEnv('PROD', true);
    try {
      expect(t('no_such_key' as MessageKey)).toBe('no_such_key');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('put elements in the places the message gives them', () => {
    const { container } = render(tNodes('designation_listed_as', <q>al-Nusrah Front</q>));
    expect(container.textContent).toBe('Listed as al-Nusrah Front');
    expect(container.querySelector('q')?.textContent).toBe('al-Nusrah Front');
    const site = render(pluralNodes('notebook_written_as', 2, <strong>HTS</strong>, <span>Organisation</span>, '“HTS”'));
    expect(site.container.innerHTML).toBe('<strong>HTS</strong> <span>Organisation</span> — written as “HTS” (2 mentions)');
  });
});

/** The browser's messages as if they were a translation into `language` (English text, that language's code). */
function fakeLanguage(language: string, uiLanguage = language) {
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (name: string, subs?: string[]) => string;
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) =>
    name === 'meta_language' ? language : getMessage(name, subs)) as typeof browser.i18n.getMessage);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
}

describe('language, direction and dates', () => {
  it('are English and left to right by default, with the browser’s English region', () => {
    expect(uiLocale()).toBe('en-US');
    expect(textDirection()).toBe('ltr');
    expect(formatDate('2024-12-03')).toBe('3 Dec 2024');
  });

  it('follow the messages’ language when the browser’s has no translation', () => {
    fakeLanguage('en', 'de-DE');
    expect(uiLocale()).toBe('en');
    expect(formatDate('2025-09-08')).toBe('8 Sep 2025');
  });

  it('keep the same English dates in every English locale', () => {
    for (const locale of ['en', 'en-GB', 'en-US', 'en-IN']) {
      expect(formatDate('2025-09-08', locale)).toBe('8 Sep 2025');
      expect(formatDate('1971-03', locale)).toBe('Mar 1971');
      expect(formatDate('2015', locale)).toBe('2015');
    }
  });

  it('write dates in other languages with Intl, at the date’s own precision and in no time zone', () => {
    expect(formatDate('2025-07-08', 'fr')).toMatch(/^8 juil\.? 2025$/);
    expect(formatDate('1971-03', 'de')).toMatch(/^März 1971$/);
    expect(formatDate('2015', 'ja')).toBe('2015年');
    expect(formatDate('2025-02-30', 'fr')).toBe('30 Feb 2025'); // not a day: shown as written
  });

  it('set lang, dir and the title of an extension page', () => {
    fakeLanguage('ar', 'ar-EG');
    expect(uiLocale()).toBe('ar-EG');
    expect(textDirection()).toBe('rtl');
    localizePage(document, 'options_title');
    expect(document.documentElement.lang).toBe('ar-EG');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe('Backstory settings');
  });

  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['fr', 'ltr'],
    ['pt-BR', 'ltr'],
  ])('read %s as %s', (locale, dir) => {
    expect(textDirection(locale)).toBe(dir);
  });
});

describe('isolating substituted text (issue 15)', () => {
  it('sets a title with an unterminated right-to-left override apart, so the rest of the message keeps its order', () => {
    const title = 'Evil\u202Eeltit';
    const message = t('packs_remove', title);
    expect(message).toContain(`\u2068${title}\u2069`);
    expect(message.indexOf('\u2069')).toBeGreaterThan(message.indexOf('\u202E'));
  });

  it('leaves plain left-to-right text as it is, and isolates Arabic text', () => {
    expect(t('packs_remove', 'Plain title')).not.toMatch(/[\u2068\u2069]/);
    expect(t('packs_remove', 'حلب')).toContain('\u2068حلب\u2069');
  });
});
