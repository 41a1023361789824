import { describe, expect, it } from 'vitest';
import { detectPublicationDate, parseDateStart } from '../../lib/page/pubdate';

const none = { metas: [], jsonLd: [], times: [], url: 'https://example.org/story' } as const;

describe('publication date', () => {
  it('reads article:published_time first, as the publisher wrote the day', () => {
    expect(
      detectPublicationDate({
        ...none,
        metas: [
          ['og:title', 'x'],
          ['article:published_time', '2024-12-03T23:30:00-05:00'],
        ],
      }),
    ).toEqual({ date: '2024-12-03', from: 'meta' });
  });

  it('falls back to JSON-LD, including @graph and arrays, and survives broken JSON', () => {
    const jsonLd = [
      '{ broken',
      JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2024-12-08T06:00:00Z' }] }),
    ];
    expect(detectPublicationDate({ ...none, jsonLd })).toEqual({ date: '2024-12-08', from: 'json-ld' });
    expect(detectPublicationDate({ ...none, jsonLd: [JSON.stringify([{ datePublished: '2015-12-18' }])] })?.date).toBe('2015-12-18');
  });

  it('uses <time datetime> and then the URL', () => {
    expect(detectPublicationDate({ ...none, times: ['not a date', '2024-11-30T10:00'] })).toEqual({ date: '2024-11-30', from: 'time' });
    expect(detectPublicationDate({ ...none, url: 'https://news.example/world/2024/12/03/syria-rebels' })).toEqual({
      date: '2024-12-03',
      from: 'url',
    });
    expect(detectPublicationDate({ ...none, url: 'https://news.example/2024-12-08-damascus-falls.html' })?.date).toBe('2024-12-08');
    expect(detectPublicationDate({ ...none, url: 'https://news.example/story/20241208/x' })?.date).toBe('2024-12-08');
  });

  it('finds nothing rather than guessing', () => {
    expect(detectPublicationDate(none)).toBeUndefined();
    expect(detectPublicationDate({ ...none, url: 'https://news.example/2254/resolution' })).toBeUndefined();
  });

  it('rejects impossible dates', () => {
    expect(parseDateStart('2024-02-30')).toBeUndefined();
    expect(parseDateStart('2024-13-01')).toBeUndefined();
    expect(parseDateStart('2024-02-29T00:00Z')).toBe('2024-02-29');
    expect(parseDateStart('20241203')).toBe('2024-12-03');
    expect(parseDateStart('2015-07-10 09:53:00 -0400')).toBe('2015-07-10');
  });
});
