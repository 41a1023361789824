/** The popup's foot: the next/previous-mark shortcuts as the browser has them, in one line. */

import { tNodes } from '../../components/i18n-nodes';
import { type Shortcut, useShortcuts } from '../../components/shortcuts';
import { t } from '../../lib/i18n';

function keysOf(shortcuts: readonly Shortcut[], name: string) {
  const keys = shortcuts.find((shortcut) => shortcut.name === name)?.keys;
  return keys ? <kbd dir="ltr">{keys}</kbd> : t('options_keyboard_unset');
}

export function ShortcutsLine() {
  const shortcuts = useShortcuts();
  if (!shortcuts || shortcuts.length === 0) return null;
  return <p class="note shortcuts">{tNodes('popup_shortcuts', keysOf(shortcuts, 'next-term'), keysOf(shortcuts, 'previous-term'))}</p>;
}
