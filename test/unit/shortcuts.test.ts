/** The shortcuts as shown on the welcome page, the popup and the settings (components/shortcuts.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { formatShortcut, readShortcuts } from '../../components/shortcuts';

afterEach(() => vi.restoreAllMocks());

describe('shortcuts', () => {
  it('writes the keys the manifest spells out as they are printed', () => {
    expect(formatShortcut('Alt+Shift+Period')).toBe('Alt+Shift+.');
    expect(formatShortcut('Alt+Shift+Comma')).toBe('Alt+Shift+,');
    expect(formatShortcut('Ctrl+Shift+Y')).toBe('Ctrl+Shift+Y');
    expect(formatShortcut('⌥⇧.')).toBe('⌥⇧.');
    expect(formatShortcut('')).toBe('');
  });

  it('lists our commands with their current keys, not the toolbar button', async () => {
    const commands = browser.commands as unknown as { getAll: () => Promise<unknown[]> };
    commands.getAll ??= async () => [];
    vi.spyOn(commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: 'Ctrl+B', description: '' },
      { name: 'next-term', shortcut: 'Alt+Shift+Period', description: 'Move to the next marked term and open its card' },
      { name: 'previous-term', shortcut: '', description: 'Move to the previous marked term and open its card' },
    ]);
    expect(await readShortcuts()).toEqual([
      { name: 'next-term', keys: 'Alt+Shift+.', description: 'Move to the next marked term and open its card' },
      { name: 'previous-term', keys: '', description: 'Move to the previous marked term and open its card' },
    ]);
  });
});
