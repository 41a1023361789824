import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  hiddenOn,
  migrateSettings,
  parseSettings,
  SETTINGS_LIMITS,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
} from '../../lib/settings/settings';

/** What settings version 1 stored: no site mode, lists or hidden entries yet. */
const v1 = { disabledPacks: ['syria-core'], highlightStyle: 'background', markMode: 'first', hoverDelayMs: 500, theme: 'dark' };

describe('settings migrations', () => {
  it('is at version 3, with one step per version above 1', () => {
    expect(SETTINGS_VERSION).toBe(3);
    expect(Object.keys(SETTINGS_MIGRATIONS)).toEqual(['2', '3']);
  });

  it('version 2 keeps version 1 running on every site', () => {
    expect(SETTINGS_MIGRATIONS[2]!(v1)).toEqual({ ...v1, siteMode: 'all' });
    expect(SETTINGS_MIGRATIONS[2]!({})).toEqual({ siteMode: 'all' });
  });

  it('version 2 keeps a mode that is already there', () => {
    expect(SETTINGS_MIGRATIONS[2]!({ siteMode: 'allowlist' })).toEqual({ siteMode: 'allowlist' });
  });

  it('version 3 gives "first mention only" to settings that stored the old default, and keeps a chosen "first"', () => {
    // Every save wrote every synced setting, so a stored 'all' was the default, not a choice.
    expect(SETTINGS_MIGRATIONS[3]!({ markMode: 'all', theme: 'dark' })).toEqual({ markMode: 'first', theme: 'dark' });
    expect(SETTINGS_MIGRATIONS[3]!({ markMode: 'first' })).toEqual({ markMode: 'first' });
    // Nothing stored, nothing to change: the new default applies when the settings are read.
    expect(SETTINGS_MIGRATIONS[3]!({})).toEqual({});
    expect(parseSettings({}).settings.markMode).toBe('first');
    // A damaged value is left for parseSettings to report.
    expect(SETTINGS_MIGRATIONS[3]!({ markMode: 'some' })).toEqual({ markMode: 'some' });
  });

  it('migrates version 2 settings saved with the old defaults to the new ones', () => {
    const v2 = { ...DEFAULT_SETTINGS, markMode: 'all', highlightStyle: 'background' };
    const { markWholePage: _, ...storedByV2 } = v2; // version 2 had no such setting
    expect(parseSettings(migrateSettings(storedByV2, 2))).toEqual({
      settings: { ...DEFAULT_SETTINGS, highlightStyle: 'background', markMode: 'first', markWholePage: false },
      problems: [],
    });
  });

  it('migrates version 1 settings to settings that parse cleanly', () => {
    const migrated = migrateSettings(v1, 1);
    expect(migrated).toEqual({ ...v1, siteMode: 'all' });
    expect(parseSettings(migrated)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        disabledPacks: ['syria-core'],
        highlightStyle: 'background',
        markMode: 'first',
        hoverDelayMs: 500,
        theme: 'dark',
        siteMode: 'all',
      },
      problems: [],
    });
  });

  it('does not change the settings it was given', () => {
    const input = { ...v1 };
    migrateSettings(input, 1);
    expect(input).toEqual(v1);
  });

  it('leaves current settings alone', () => {
    const current = { siteMode: 'news' };
    expect(migrateSettings(current, SETTINGS_VERSION)).toBe(current);
    expect(migrateSettings(current, SETTINGS_VERSION + 1)).toBe(current);
  });

  it('treats versions below 1 as version 1, and ends for any number', () => {
    expect(migrateSettings({}, 0)).toEqual({ siteMode: 'all' });
    expect(migrateSettings({}, -5)).toEqual({ siteMode: 'all' });
    // -1e308 + 1 === -1e308: counting up from there used to loop for ever.
    expect(migrateSettings({}, -1e308)).toEqual({ siteMode: 'all' });
    expect(migrateSettings({}, Number.NaN)).toEqual({});
  });
});

describe('parseSettings: site settings', () => {
  it('keeps valid site modes and lists', () => {
    for (const siteMode of ['all', 'news', 'allowlist'] as const) {
      expect(parseSettings({ siteMode })).toEqual({ settings: { ...DEFAULT_SETTINGS, siteMode }, problems: [] });
    }
    const lists = { allowedSites: ['example.com', 'news.example.org'], blockedSites: ['shop.example.com'] };
    expect(parseSettings(lists)).toEqual({ settings: { ...DEFAULT_SETTINGS, ...lists }, problems: [] });
  });

  it('defaults to news articles only, with empty lists', () => {
    expect(DEFAULT_SETTINGS.siteMode).toBe('news');
    expect(parseSettings({}).settings).toMatchObject({ siteMode: 'news', allowedSites: [], blockedSites: [], hiddenEntries: {} });
  });

  it('refuses site names a page could never match', () => {
    const { settings, problems } = parseSettings({
      allowedSites: ['example.com', 'Example.org'],
      blockedSites: ['https://ads.example.net/x'],
    });
    expect(settings.allowedSites).toEqual([]);
    expect(settings.blockedSites).toEqual([]);
    expect(problems).toEqual([
      'allowedSites: "Example.org" is not a site name like example.com; default kept',
      'blockedSites: "https://ads.example.net/x" is not a site name like example.com; default kept',
    ]);
  });

  it('replaces a bad mode or list by its default and says so', () => {
    const { settings, problems } = parseSettings({
      siteMode: 'everywhere',
      allowedSites: 'example.com',
      blockedSites: ['ok.example.com', 42],
      theme: 'light',
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(problems).toEqual([
      'siteMode: must be one of "all", "news", "allowlist"; default kept',
      'allowedSites: must be a list of sites; default kept',
      'blockedSites: must be a list of sites; default kept',
    ]);
  });
});

describe('parseSettings: hidden entries', () => {
  it('keeps entry ids by site', () => {
    const hiddenEntries = { 'example.com': ['hts', 'idlib'], 'news.example.org': [] };
    expect(parseSettings({ hiddenEntries })).toEqual({ settings: { ...DEFAULT_SETTINGS, hiddenEntries }, problems: [] });
  });

  it('falls back to no hidden entries for a bad value, keeping everything else', () => {
    for (const hiddenEntries of [null, [], ['hts'], 'hts', 7, { 'example.com': 'hts' }, { 'example.com': ['hts', 3] }]) {
      const { settings, problems } = parseSettings({ hiddenEntries, markMode: 'first' });
      expect(settings, JSON.stringify(hiddenEntries)).toEqual({ ...DEFAULT_SETTINGS, markMode: 'first' });
      const bySite = typeof hiddenEntries === 'object' && hiddenEntries !== null && !Array.isArray(hiddenEntries);
      expect(problems).toEqual([
        bySite
          ? 'hiddenEntries: example.com: must be a list of entry ids; default kept'
          : 'hiddenEntries: must map sites to lists of entry ids; default kept',
      ]);
    }
  });

  it('checks that every key is a site, and enforces the size limits (issue 15)', () => {
    expect(parseSettings({ hiddenEntries: { 'not a site': ['hts'] } }).problems).toEqual([
      'hiddenEntries: "not a site" is not a site name like example.com; default kept',
    ]);
    expect(parseSettings({ hiddenEntries: { 'https://Example.com/x': ['hts'] } }).problems).toEqual([
      'hiddenEntries: "https://Example.com/x" is not a site name like example.com; default kept',
    ]);
    const tooMany = Array.from({ length: SETTINGS_LIMITS.sites + 1 }, (_, i) => `site${i}.example`);
    expect(parseSettings({ blockedSites: tooMany }).problems).toEqual([
      `blockedSites: must have at most 10000 items (has 10001); default kept`,
    ]);
    expect(parseSettings({ disabledPacks: Array.from({ length: 101 }, (_, i) => `p${i}`) }).problems).toEqual([
      'disabledPacks: must have at most 100 items (has 101); default kept',
    ]);
    expect(parseSettings({ hiddenAuthorities: ['x'.repeat(101)] }).problems[0]).toMatch(
      /^hiddenAuthorities: "x{40}…" is longer than 100 characters/,
    );
  });

  it('reports keys that only objects inherit ("constructor", "__proto__") as unknown settings', () => {
    const parsed = parseSettings(JSON.parse('{"constructor": 1, "__proto__": {"theme": "dark"}, "toString": "x", "theme": "light"}'));
    expect(parsed.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(parsed.problems).toEqual([
      'constructor: unknown setting; ignored',
      '__proto__: unknown setting; ignored',
      'toString: unknown setting; ignored',
    ]);
  });
});

describe('hiddenOn', () => {
  const settings = parseSettings({ hiddenEntries: { 'example.com': ['hts', 'idlib'] } }).settings;

  it('lists the entries hidden on a site', () => {
    expect(hiddenOn(settings, 'example.com')).toEqual(['hts', 'idlib']);
  });

  it('is empty for other sites, subdomains included (hiding is per site as written)', () => {
    expect(hiddenOn(settings, 'other.com')).toEqual([]);
    expect(hiddenOn(settings, 'news.example.com')).toEqual([]);
    expect(hiddenOn(DEFAULT_SETTINGS, 'example.com')).toEqual([]);
  });

  it('reads own entries only, never what objects inherit', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(hiddenOn(settings, name), name).toEqual([]);
      expect(hiddenOn(DEFAULT_SETTINGS, name), name).toEqual([]);
    }
  });
});
