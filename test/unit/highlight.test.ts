/** Which mentions are tinted rather than underlined: Arabic script, whose letters carry dots below. */
import { describe, expect, it } from 'vitest';
import { needsTint } from '../../lib/page/highlight';

describe('marking style by script', () => {
  it('tints Arabic-script names and underlines the others', () => {
    expect(needsTint('حلب')).toBe(true);
    expect(needsTint('هيئة تحرير الشام')).toBe(true);
    expect(needsTint('ﻫﻴﺌﺔ')).toBe(true); // presentation forms
    expect(needsTint('Aleppo')).toBe(false);
    expect(needsTint('Alep')).toBe(false);
    expect(needsTint('Хомс')).toBe(false);
  });
});
