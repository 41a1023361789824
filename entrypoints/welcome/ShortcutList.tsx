/** The welcome page's shortcuts: each one's keys and what it does, and how to change them. */
import { useState } from 'preact/hooks';
import { openShortcutSettings, shortcutSettingsPlace, useShortcuts } from '../../components/shortcuts';
import { t } from '../../lib/i18n';

export function ShortcutList() {
  const shortcuts = useShortcuts();
  const [manual, setManual] = useState(false);
  return (
    <>
      <p>{t('welcome_keys_intro')}</p>
      {shortcuts && (
        <ul class="shortcuts">
          {shortcuts.map((shortcut) => (
            <li key={shortcut.name}>
              {shortcut.keys ? <kbd dir="ltr">{shortcut.keys}</kbd> : <span class="hint">{t('options_keyboard_unset')}</span>}
              <span>{shortcut.description}</span>
            </li>
          ))}
        </ul>
      )}
      <p>{t('welcome_keys_on_card')}</p>
      <p>{t('welcome_keys_change', shortcutSettingsPlace())}</p>
      <button type="button" onClick={() => void openShortcutSettings().then((opened) => setManual(!opened))}>
        {t('options_keyboard_change')}
      </button>
      {manual && <p class="hint">{t('options_keyboard_change_manually', shortcutSettingsPlace())}</p>}
    </>
  );
}
