import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../lib/notebook/text-fragment';

const quote = (exact: string) => ({ exact, prefix: 'before ', suffix: ' after' });

describe('textFragmentUrl', () => {
  it('links a short passage whole, escaping the characters the directive uses', () => {
    expect(textFragmentUrl('https://example.org/a#top', quote('HTS-led rebels took Hama, 1m & more.'))).toBe(
      'https://example.org/a#:~:text=HTS%2Dled%20rebels%20took%20Hama%2C%201m%20%26%20more.',
    );
  });

  it('links a long passage by its first and last words', () => {
    const url = textFragmentUrl(
      'https://example.org/a',
      quote('Opposition fighters led by HTS pressed south towards Hama on Tuesday, days after a lightning offensive.'),
    );
    expect(url).toBe('https://example.org/a#:~:text=Opposition%20fighters%20led%20by,after%20a%20lightning%20offensive.');
  });

  it('never joins words across a cut in a shortened passage', () => {
    const url = textFragmentUrl('https://example.org/a', quote('… one two three four five six seven eight nine ten …'));
    expect(url).toBe('https://example.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });

  it('leaves the address alone when there is no passage', () => {
    expect(textFragmentUrl('https://example.org/a#x', quote('  '))).toBe('https://example.org/a');
  });
});
