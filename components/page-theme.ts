/** The theme setting applies to Backstory's own pages too, and changes there at once. */
import type { Theme } from '../lib/settings/settings';
import { loadSettings, watchSettings } from '../lib/settings/settings-store';

function apply(doc: Document, theme: Theme): void {
  // A stylesheet rule, not an inline color-scheme: the build turns light-dark() into variables
  // that only color-scheme declarations in stylesheets switch (components/extension-page.css).
  if (theme === 'auto') delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = theme;
}

export function followThemeSetting(doc: Document): void {
  void loadSettings().then((settings) => apply(doc, settings.theme));
  watchSettings((settings) => apply(doc, settings.theme));
}
