/** Settings › Keyboard: the term-navigation shortcuts as the browser has them, and where to change them. */
import { useState } from 'preact/hooks';
import { openShortcutSettings, shortcutSettingsPlace, useShortcuts } from '../../components/shortcuts';
import { t } from '../../lib/i18n';

export function KeyboardSection() {
  const shortcuts = useShortcuts() ?? [];
  const [manual, setManual] = useState(false);
  return (
    <section aria-labelledby="keyboard-title">
      <h2 id="keyboard-title">{t('options_keyboard_heading')}</h2>
      <p class="hint">{t('options_keyboard_hint')}</p>
      <ul class="shortcuts">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.name}>{t('options_keyboard_command', shortcut.description, shortcut.keys || t('options_keyboard_unset'))}</li>
        ))}
      </ul>
      <button type="button" class="btn" onClick={() => void openShortcutSettings().then((opened) => setManual(!opened))}>
        {t('options_keyboard_change')}
      </button>
      {manual && <p class="hint">{t('options_keyboard_change_manually', shortcutSettingsPlace())}</p>}
    </section>
  );
}
