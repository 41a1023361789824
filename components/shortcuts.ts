/**
 * The term-navigation shortcuts as the browser has them now (the reader may have changed or removed
 * them since install), and the way to the browser's page that changes them. Shared by the settings
 * page, the welcome page and the popup.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';

export interface Shortcut {
  readonly name: string;
  readonly description: string;
  /** As a reader types it ("Alt+Shift+."); '' when the reader removed it. */
  readonly keys: string;
}

/** The commands that are the toolbar button itself, not shortcuts of ours. */
const ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action', '_execute_sidebar_action']);

/** Key names the manifest spells out, as they are printed on a keyboard. */
const KEY_SIGNS: Record<string, string> = { Period: '.', Comma: ',' };

/** "Alt+Shift+Period" (Firefox gives the manifest's spelling back) → "Alt+Shift+.". */
export function formatShortcut(shortcut: string): string {
  return shortcut
    .split('+')
    .map((key) => KEY_SIGNS[key] ?? key)
    .join('+');
}

export async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((command) => command.name !== undefined && !ACTION_COMMANDS.has(command.name))
    .map((command) => ({
      name: command.name!,
      description: command.description || command.name!,
      keys: formatShortcut(command.shortcut ?? ''),
    }));
}

/** The shortcuts, read once; undefined until the browser answers. */
export function useShortcuts(): Shortcut[] | undefined {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>();
  useEffect(() => {
    void readShortcuts()
      .then(setShortcuts)
      .catch(() => setShortcuts([]));
  }, []);
  return shortcuts;
}

const CHROMIUM_SHORTCUTS = 'chrome://extensions/shortcuts';

/** Where a reader changes them by hand, in this browser's words. */
export function shortcutSettingsPlace(): string {
  return import.meta.env.FIREFOX ? t('shortcuts_place_firefox') : CHROMIUM_SHORTCUTS;
}

/** Firefox has an API for its shortcut page; Chromium's is a chrome:// page an extension may open in a tab. */
export async function openShortcutSettings(): Promise<boolean> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return true;
  }
  try {
    await browser.tabs.create({ url: CHROMIUM_SHORTCUTS });
    return true;
  } catch {
    return false;
  }
}
