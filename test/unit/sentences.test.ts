import { describe, expect, it } from 'vitest';
import { findQuote, quoteAround, sentenceEnds, splitSentences } from '../../lib/notebook/quote-anchor';
import { textFragmentUrl } from '../../lib/notebook/text-fragment';

/** The sentence quoted around the first occurrence of `mention`. */
function sentenceOf(text: string, mention: string): string {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" is not in the text`);
  return quoteAround(text, start, start + mention.length).exact;
}

describe('splitSentences (Intl.Segmenter, abbreviations kept whole)', () => {
  it('splits English sentences, not after titles, initials or dotted initialisms', () => {
    expect(
      splitSentences('The U.S. envoy met Dr. Smith on Monday. Mr. Pedersen and J. Doe stayed. U.S. President Biden spoke. It rained.'),
    ).toEqual(['The U.S. envoy met Dr. Smith on Monday.', 'Mr. Pedersen and J. Doe stayed.', 'U.S. President Biden spoke.', 'It rained.']);
  });

  it('ends sentences at ! and ?, keeps closing quotes and brackets, and ignores decimals and domains', () => {
    expect(splitSentences('He said “We won.” Then silence! Did HTS leave? Prices rose 2.5 per cent at example.com today.')).toEqual([
      'He said “We won.”',
      'Then silence!',
      'Did HTS leave?',
      'Prices rose 2.5 per cent at example.com today.',
    ]);
  });

  it('splits French, keeping "M.", "Mme" and "Dr." with the name that follows', () => {
    expect(
      splitSentences('Le ministre, M. Barrot, a reçu Mme Dupont et le Dr. Haddad. Les États-Unis ont retiré HTS de la liste. Fin.'),
    ).toEqual(['Le ministre, M. Barrot, a reçu Mme Dupont et le Dr. Haddad.', 'Les États-Unis ont retiré HTS de la liste.', 'Fin.']);
  });

  it('splits Arabic at ؟ and at periods, but not after the abbreviation "د." (doctor)', () => {
    expect(splitSentences('هل تعود هيئة تحرير الشام؟ قال د. محمد إن الهيئة لن تعود. ثم انتهى المؤتمر.')).toEqual([
      'هل تعود هيئة تحرير الشام؟',
      'قال د. محمد إن الهيئة لن تعود.',
      'ثم انتهى المؤتمر.',
    ]);
  });

  it('reports ends inside the range only, never its last position', () => {
    const text = 'One. Two. Three';
    expect(sentenceEnds(text, 0, text.length)).toEqual([5, 10]);
    expect(sentenceEnds(text, 5, 10)).toEqual([]);
  });
});

describe('quoteAround with Intl.Segmenter', () => {
  const english = 'Fighters loyal to Dr. Haddad took the town. The U.S. Treasury lifted sanctions on Monday. Aid arrived.';

  it('quotes only the sentence naming the entity', () => {
    expect(sentenceOf(english, 'Haddad')).toBe('Fighters loyal to Dr. Haddad took the town.');
    expect(sentenceOf(english, 'Treasury')).toBe('The U.S. Treasury lifted sanctions on Monday.');
  });

  it('quotes a French and an Arabic sentence', () => {
    const french = 'Selon M. Pedersen, le Conseil de sécurité se réunira. Rien n’est décidé.';
    expect(sentenceOf(french, 'Conseil de sécurité')).toBe('Selon M. Pedersen, le Conseil de sécurité se réunira.');
    const arabic = 'دخلت الفصائل مدينة حلب. وقالت الأمم المتحدة إن الوضع هادئ.';
    expect(sentenceOf(arabic, 'الأمم المتحدة')).toBe('وقالت الأمم المتحدة إن الوضع هادئ.');
  });

  it('takes both sentences when a mention runs across a boundary', () => {
    const text = 'It ended. Then it began.';
    expect(quoteAround(text, text.indexOf('ended'), text.indexOf('began')).exact).toBe('It ended. Then it began.');
  });
});

describe('anchors and links for sentence quotes', () => {
  const text = 'Syria talks\nFighters loyal to Dr. Haddad took the town. The U.S. Treasury lifted sanctions on Monday. Aid arrived.';

  it('links to the sentence alone and finds it again in a re-laid-out page', () => {
    const start = text.indexOf('Treasury');
    const anchor = quoteAround(text, start, start + 'Treasury'.length);
    expect(textFragmentUrl('https://example.org/a', anchor)).toBe(
      'https://example.org/a#:~:text=The%20U.S.%20Treasury%20lifted%20sanctions%20on%20Monday.',
    );
    const relaid =
      'Syria  talks\n\nFighters loyal to Dr. Haddad took the town.\nThe U.S. Treasury lifted\nsanctions on Monday. Aid arrived.';
    expect(findQuote(relaid, anchor)).toBe(relaid.indexOf('The U.S. Treasury'));
  });
});
