/** Settings › Keyboard: the term-navigation shortcuts as the browser has them, and where to change them. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

interface Command {
  readonly name?: string;
  readonly description?: string;
  readonly shortcut?: string;
}

/** Firefox has an API for its shortcut page; Chromium's is a chrome:// page an extension may open in a tab. */
async function openShortcutSettings(): Promise<boolean> {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return true;
  }
  try {
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    return true;
  } catch {
    return false;
  }
}

export function KeyboardSection() {
  const [commands, setCommands] = useState<Command[]>([]);
  const [manual, setManual] = useState(false);
  useEffect(() => {
    void browser.commands.getAll().then((all) => setCommands(all.filter((command) => command.name !== '_execute_action')));
  }, []);
  return (
    <section aria-labelledby="keyboard-title">
      <h2 id="keyboard-title">{t('options_keyboard_heading')}</h2>
      <p class="hint">{t('options_keyboard_hint')}</p>
      <ul class="shortcuts">
        {commands.map((command) => (
          <li key={command.name}>
            {t('options_keyboard_command', command.description ?? command.name ?? '', command.shortcut || t('options_keyboard_unset'))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void openShortcutSettings().then((opened) => setManual(!opened))}>
        {t('options_keyboard_change')}
      </button>
      {manual && <p class="hint">{t('options_keyboard_change_manually', 'chrome://extensions/shortcuts')}</p>}
    </section>
  );
}
