import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, packEnabled, parseSettings } from '../../lib/settings/settings';

describe('settings', () => {
  it('keeps every valid value', () => {
    const { settings, problems } = parseSettings({
      ...DEFAULT_SETTINGS,
      highlightStyle: 'background',
      hoverDelayMs: 600,
      disabledPacks: ['syria-core'],
    });
    expect(problems).toEqual([]);
    expect(settings.highlightStyle).toBe('background');
    expect(settings.hoverDelayMs).toBe(600);
    expect(packEnabled(settings, 'syria-core')).toBe(false);
    expect(packEnabled(settings, 'other')).toBe(true);
  });

  it('replaces a bad value by its default, reports it, and loses nothing else', () => {
    const { settings, problems } = parseSettings({ theme: 'dark', hoverDelayMs: 5, highlightStyle: 'blink', extra: 1 });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(problems).toEqual([
      'highlightStyle: must be one of "underline", "background", "none"; default kept',
      'hoverDelayMs: must be a whole number from 100 to 2000; default kept',
      'extra: unknown setting; ignored',
    ]);
  });

  it('marks the article only and each entity once unless asked otherwise (issue 14)', () => {
    expect(DEFAULT_SETTINGS.markMode).toBe('first');
    expect(DEFAULT_SETTINGS.markWholePage).toBe(false);
    expect(parseSettings({ markWholePage: true, markMode: 'all' }).settings).toMatchObject({ markWholePage: true, markMode: 'all' });
    expect(parseSettings({ markWholePage: 'yes' }).problems).toEqual(['markWholePage: must be true or false; default kept']);
  });

  it('falls back to defaults for something that is not settings at all', () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: ['settings: not an object; defaults used'] });
    expect(parseSettings([1]).settings).toEqual(DEFAULT_SETTINGS);
  });
});
