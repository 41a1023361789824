/**
 * User settings: one small versioned object, synced across the user's browsers. Parsing never
 * throws and never loses the good parts: a bad value falls back to its default and is reported.
 */
// Hand-written checks, not zod: this module is bundled into the content script and the worker,
// where zod's size and its eval-based fast path (flagged by web-ext lint) are not wanted.

import { parseSite, type SiteMode } from './sites';

export type { SiteMode };

export const SETTINGS_VERSION = 3;

export type HighlightStyle = 'underline' | 'background' | 'none';
export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Packs the user switched off (bundled packs are on unless listed here). */
  readonly disabledPacks: string[];
  readonly highlightStyle: HighlightStyle;
  /** Mark every mention, or only the first of each entity in the article. */
  readonly markMode: 'all' | 'first';
  /** Mark the whole page (menus, related stories, ads) instead of the article's own text only. */
  readonly markWholePage: boolean;
  /** Mark names every reader knows (countries, heads of state, the UN); off, they are left unmarked. */
  readonly markWellKnown: boolean;
  readonly hoverDelayMs: number;
  /** Designation authorities (authorityId) whose listings the card leaves out. */
  readonly hiddenAuthorities: string[];
  readonly showArticleDateComparison: boolean;
  readonly theme: Theme;
  readonly siteMode: SiteMode;
  /** Sites (host names, subdomains included) where Backstory always runs. */
  readonly allowedSites: string[];
  /** Sites where it never runs. */
  readonly blockedSites: string[];
  /** "Not this here": entry ids the user hid, by site. */
  readonly hiddenEntries: Record<string, string[]>;
}

type Check = (value: unknown) => string | undefined;

/** Limits that keep settings storable and fast to check on every page; an import over them is refused. */
export const SETTINGS_LIMITS = {
  /** Sites on the allow list, on the block list, and sites with hidden entries, each. */
  sites: 10_000,
  /** Entries hidden on one site. */
  hiddenPerSite: 1_000,
  /** Switched-off packs, and hidden authorities (both synced, so kept small). */
  ids: 100,
  /** Characters in one pack, authority or entry id. */
  idLength: 100,
} as const;

const oneOf =
  (...options: string[]): Check =>
  (value) =>
    typeof value === 'string' && options.includes(value) ? undefined : `must be one of ${options.map((o) => `"${o}"`).join(', ')}`;
const idList =
  (max: number): Check =>
  (value) => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return 'must be a list of strings';
    if (value.length > max) return `must have at most ${max} items (has ${value.length})`;
    const long = value.find((item) => item.length > SETTINGS_LIMITS.idLength);
    return long === undefined ? undefined : `"${long.slice(0, 40)}…" is longer than ${SETTINGS_LIMITS.idLength} characters`;
  };
/** Sites as parseSite writes them ("example.com"), so a list entry can match a page. */
const siteList: Check = (value) => {
  const problem = idList(SETTINGS_LIMITS.sites)(value);
  if (problem !== undefined) return problem.replace('list of strings', 'list of sites');
  const bad = (value as string[]).find((entry) => parseSite(entry) !== entry);
  return bad === undefined ? undefined : `"${bad}" is not a site name like example.com`;
};
const hiddenEntries: Check = (value) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'must map sites to lists of entry ids';
  const sites = Object.keys(value);
  if (sites.length > SETTINGS_LIMITS.sites) return `must name at most ${SETTINGS_LIMITS.sites} sites (names ${sites.length})`;
  const badSite = sites.find((site) => parseSite(site) !== site);
  if (badSite !== undefined) return `"${badSite}" is not a site name like example.com`;
  for (const [site, ids] of Object.entries(value)) {
    const problem = idList(SETTINGS_LIMITS.hiddenPerSite)(ids);
    if (problem !== undefined) return `${site}: ${problem.replace('list of strings', 'list of entry ids')}`;
  }
  return undefined;
};
const CHECKS: Record<keyof Settings, Check> = {
  disabledPacks: idList(SETTINGS_LIMITS.ids),
  highlightStyle: oneOf('underline', 'background', 'none'),
  markMode: oneOf('all', 'first'),
  markWellKnown: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  markWholePage: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  hoverDelayMs: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 2000
      ? undefined
      : 'must be a whole number from 100 to 2000',
  hiddenAuthorities: idList(SETTINGS_LIMITS.ids),
  showArticleDateComparison: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  theme: oneOf('auto', 'light', 'dark'),
  siteMode: oneOf('all', 'news', 'allowlist'),
  allowedSites: siteList,
  blockedSites: siteList,
  hiddenEntries,
};

/**
 * Upgrades stored or exported settings from an older version, step by step.
 *
 * Version 2 added site modes with "news articles only" as the default; settings saved by version 1
 * keep what that version did, which was to run on every site.
 *
 * Version 3 makes "the first mention of each entity" the default. Every save writes every synced
 * setting (settings-store.ts), so a stored markMode 'all' is what anyone had who saved anything at
 * all (a pack switched off, a site blocked) while 'all' was the default: it says nothing about a
 * choice, and such users get the new default like everyone else. 'first' could only be there by
 * choice, and is kept. (Someone who picked 'first' and then went back to 'all' cannot be told
 * apart from the rest; the options page sets it back in one click.)
 */
export const SETTINGS_MIGRATIONS: Record<number, (older: Record<string, unknown>) => Record<string, unknown>> = {
  2: (v1) => ({ siteMode: 'all', ...v1 }),
  3: (v2) => (v2.markMode === 'all' ? { ...v2, markMode: 'first' } : v2),
};

export function migrateSettings(value: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let migrated = value;
  // Version 1 is the oldest there is. Starting lower would loop once per version number: for ever
  // for a file claiming version -1e308 (where adding 1 changes nothing).
  for (let version = Math.max(fromVersion, 1) + 1; version <= SETTINGS_VERSION; version++)
    migrated = SETTINGS_MIGRATIONS[version]?.(migrated) ?? migrated;
  return migrated;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledPacks: [],
  highlightStyle: 'underline',
  markMode: 'first',
  markWellKnown: false,
  markWholePage: false,
  hoverDelayMs: 300,
  hiddenAuthorities: [],
  showArticleDateComparison: true,
  theme: 'auto',
  siteMode: 'news',
  allowedSites: [],
  blockedSites: [],
  hiddenEntries: {},
};

export interface ParsedSettings {
  readonly settings: Settings;
  /** "hoverDelayMs: …" for every value that was replaced by its default. */
  readonly problems: string[];
}

/** Reads stored or imported settings field by field, keeping every valid value. */
export function parseSettings(input: unknown): ParsedSettings {
  const problems: string[] = [];
  const record = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  if (record !== input) problems.push('settings: not an object; defaults used');
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, check] of Object.entries(CHECKS)) {
    if (!(key in record)) continue;
    const problem = check(record[key]);
    if (problem === undefined) settings[key] = record[key];
    else problems.push(`${key}: ${problem}; default kept`);
  }
  for (const key of Object.keys(record)) {
    // Own keys only: "constructor" or "__proto__" in a file is as unknown as any other name.
    if (!Object.hasOwn(CHECKS, key)) problems.push(`${key}: unknown setting; ignored`);
  }
  return { settings: settings as unknown as Settings, problems };
}

/** Is this pack switched on? */
export function packEnabled(settings: Settings, packId: string): boolean {
  return !settings.disabledPacks.includes(packId);
}

/** Entry ids hidden on this site ("not this here"). */
export function hiddenOn(settings: Settings, site: string): readonly string[] {
  return Object.hasOwn(settings.hiddenEntries, site) ? (settings.hiddenEntries[site] ?? []) : [];
}
