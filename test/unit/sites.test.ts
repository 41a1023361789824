import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SiteMode } from '../../lib/settings/settings';
import { parseSite, siteListed, siteOf, siteVerdict, toggleSite } from '../../lib/settings/sites';

/** The site-related part of settings, with the given mode and lists. */
const lists = (siteMode: SiteMode, allowedSites: string[] = [], blockedSites: string[] = []) => ({
  siteMode,
  allowedSites,
  blockedSites,
});

describe('siteOf', () => {
  it('is the host name without a leading "www."', () => {
    expect(siteOf('https://www.example.com/world/story?id=1#top')).toBe('example.com');
    expect(siteOf('http://example.com')).toBe('example.com');
    expect(siteOf('https://news.example.co.uk/a')).toBe('news.example.co.uk');
    expect(siteOf('HTTPS://WWW.Example.COM/')).toBe('example.com');
  });

  it('strips only a leading "www." label', () => {
    expect(siteOf('https://www2.example.com/')).toBe('www2.example.com');
    expect(siteOf('https://wwwexample.com/')).toBe('wwwexample.com');
    expect(siteOf('https://news.www.example.com/')).toBe('news.www.example.com');
    expect(siteOf('https://www.www.example.com/')).toBe('www.example.com');
  });

  it('ignores ports and user info', () => {
    expect(siteOf('http://example.com:8080/path')).toBe('example.com');
    expect(siteOf('https://www.example.com:443/')).toBe('example.com');
    expect(siteOf('http://localhost:3000/')).toBe('localhost');
    expect(siteOf('http://192.168.0.1:8080/')).toBe('192.168.0.1');
    expect(siteOf('https://user:secret@www.example.com/')).toBe('example.com');
  });

  it('gives internationalised host names in their ASCII (punycode) form, as location.href does', () => {
    expect(siteOf('https://www.münchen.de/rathaus')).toBe('xn--mnchen-3ya.de');
    expect(siteOf('https://xn--mnchen-3ya.de/')).toBe('xn--mnchen-3ya.de');
    expect(siteOf('https://пример.рф/')).toBe('xn--e1afmkfd.xn--p1ai');
  });

  it('treats a fully qualified name ("example.com.") as the same site', () => {
    expect(siteOf('https://www.example.com./story')).toBe('example.com');
    expect(siteOf('https://example.com.:8443/')).toBe('example.com');
  });

  it('is undefined for addresses that are not web pages', () => {
    for (const url of [
      'ftp://example.com/file',
      'file:///home/user/page.html',
      'chrome://extensions',
      'about:blank',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
      'mailto:someone@example.com',
      'moz-extension://0b5e0c1a/popup.html',
      'example.com',
      'not a url',
      '',
    ]) {
      expect(siteOf(url), url).toBeUndefined();
    }
  });
});

describe('parseSite', () => {
  it('reads pasted URLs as their site', () => {
    expect(parseSite('https://www.example.com/world/2024/story.html?utm=x#comments')).toBe('example.com');
    expect(parseSite('  http://news.example.org:8080/  ')).toBe('news.example.org');
    expect(parseSite('https://www.münchen.de/')).toBe('xn--mnchen-3ya.de');
  });

  it('reads typed host names, whatever their case', () => {
    expect(parseSite('Example.COM')).toBe('example.com');
    expect(parseSite('www.example.com')).toBe('example.com');
    expect(parseSite('example.com/some/page')).toBe('example.com');
    expect(parseSite('localhost')).toBe('localhost');
    expect(parseSite('localhost:3000')).toBe('localhost');
  });

  it('reads "*.example.com" as example.com (subdomains are always included)', () => {
    expect(parseSite('*.example.com')).toBe('example.com');
    expect(parseSite('*.News.Example.com')).toBe('news.example.com');
  });

  it('rejects what is not a site', () => {
    for (const input of [
      'example',
      '',
      '   ',
      'javascript:alert(1)',
      'javascript://example.com/%0Aalert(1)',
      'ftp://example.com',
      'file:///etc/hosts',
      'exa mple.com',
      '.',
      '.com',
      'example..com',
      '*',
    ]) {
      expect(parseSite(input), JSON.stringify(input)).toBeUndefined();
    }
  });
});

describe('siteListed', () => {
  const list = ['example.com', 'news.example.org'];

  it('matches a listed site and its subdomains', () => {
    expect(siteListed(list, 'example.com')).toBe(true);
    expect(siteListed(list, 'news.example.com')).toBe(true);
    expect(siteListed(list, 'a.b.example.com')).toBe(true);
    expect(siteListed(list, 'news.example.org')).toBe(true);
    expect(siteListed(list, 'live.news.example.org')).toBe(true);
  });

  it('does not match a different site that merely ends with the same letters', () => {
    expect(siteListed(['example.com'], 'notexample.com')).toBe(false);
    expect(siteListed(['example.com'], 'example.com.evil.net')).toBe(false);
    expect(siteListed(['example.com'], 'example.co')).toBe(false);
  });

  it('does not match a parent of a listed subdomain', () => {
    expect(siteListed(list, 'example.org')).toBe(false);
    expect(siteListed(list, 'other.example.org')).toBe(false);
  });

  it('matches nothing when the list is empty', () => {
    expect(siteListed([], 'example.com')).toBe(false);
  });
});

describe('siteVerdict', () => {
  it('lets the block list beat the allow list, subdomains included', () => {
    expect(siteVerdict(lists('all', ['example.com'], ['example.com']), 'example.com', true)).toEqual({ run: false, because: 'blocked' });
    expect(siteVerdict(lists('all', ['news.example.com'], ['example.com']), 'news.example.com', true)).toEqual({
      run: false,
      because: 'blocked',
    });
  });

  it('runs on allowed sites in every mode, news or not', () => {
    for (const mode of ['all', 'news', 'allowlist'] as const) {
      expect(siteVerdict(lists(mode, ['example.com']), 'live.example.com', false), mode).toEqual({ run: true, because: 'allowed' });
    }
  });

  it('"all": runs everywhere not blocked', () => {
    expect(siteVerdict(lists('all'), 'shop.example.com', false)).toEqual({ run: true, because: 'all-sites' });
    expect(siteVerdict(lists('all'), 'news.example.com', true)).toEqual({ run: true, because: 'all-sites' });
    expect(siteVerdict(lists('all', [], ['shop.example.com']), 'shop.example.com', false)).toEqual({ run: false, because: 'blocked' });
  });

  it('"news": runs on news articles only', () => {
    expect(siteVerdict(lists('news'), 'news.example.com', true)).toEqual({ run: true, because: 'news-article' });
    expect(siteVerdict(lists('news'), 'shop.example.com', false)).toEqual({ run: false, because: 'not-news' });
    expect(siteVerdict(lists('news', [], ['news.example.com']), 'news.example.com', true)).toEqual({ run: false, because: 'blocked' });
  });

  it('"allowlist": runs on allowed sites only, news or not', () => {
    expect(siteVerdict(lists('allowlist'), 'news.example.com', true)).toEqual({ run: false, because: 'not-allowed' });
    expect(siteVerdict(lists('allowlist'), 'shop.example.com', false)).toEqual({ run: false, because: 'not-allowed' });
    expect(siteVerdict(lists('allowlist', ['news.example.com']), 'news.example.com', false)).toEqual({ run: true, because: 'allowed' });
  });

  it('accepts whole settings (the default mode is "news")', () => {
    expect(siteVerdict(DEFAULT_SETTINGS, 'example.com', false)).toEqual({ run: false, because: 'not-news' });
    expect(siteVerdict(DEFAULT_SETTINGS, 'example.com', true)).toEqual({ run: true, because: 'news-article' });
  });
});

describe('toggleSite', () => {
  describe('off', () => {
    it('adds the site to the block list and takes it off the allow list', () => {
      expect(toggleSite(lists('allowlist', ['a.org', 'example.com'], ['b.org']), 'example.com', false)).toEqual({
        allowedSites: ['a.org'],
        blockedSites: ['b.org', 'example.com'],
      });
    });

    it("also takes the site's subdomains off the allow list (the block would beat them anyway)", () => {
      expect(toggleSite(lists('news', ['news.example.com', 'example.com', 'other.com']), 'example.com', false)).toEqual({
        allowedSites: ['other.com'],
        blockedSites: ['example.com'],
      });
    });

    it('leaves a parent site on the allow list: turning off news.example.com does not turn off example.com', () => {
      const next = toggleSite(lists('allowlist', ['example.com']), 'news.example.com', false);
      expect(next).toEqual({ allowedSites: ['example.com'], blockedSites: ['news.example.com'] });
      const after = { siteMode: 'allowlist' as const, ...next };
      expect(siteVerdict(after, 'news.example.com', true).run).toBe(false);
      expect(siteVerdict(after, 'example.com', true).run).toBe(true);
      expect(siteVerdict(after, 'sport.example.com', true).run).toBe(true);
    });

    it('replaces blocked subdomains by the site itself', () => {
      expect(toggleSite(lists('all', [], ['news.example.com', 'b.org']), 'example.com', false)).toEqual({
        allowedSites: [],
        blockedSites: ['b.org', 'example.com'],
      });
    });

    it('adds no duplicate, and never unblocks a blocked parent site', () => {
      expect(toggleSite(lists('all', [], ['example.com']), 'example.com', false).blockedSites).toEqual(['example.com']);
      expect(toggleSite(lists('all', [], ['example.com']), 'news.example.com', false).blockedSites).toEqual(['example.com']);
    });

    it('does not change the lists it was given', () => {
      const before = lists('news', ['example.com'], ['b.org']);
      toggleSite(before, 'example.com', false);
      expect(before).toEqual(lists('news', ['example.com'], ['b.org']));
    });
  });

  describe('on', () => {
    it('takes the site off the block list and adds it to the allow list', () => {
      expect(toggleSite(lists('news', ['a.org'], ['example.com', 'b.org']), 'example.com', true)).toEqual({
        allowedSites: ['a.org', 'example.com'],
        blockedSites: ['b.org'],
      });
      expect(toggleSite(lists('allowlist'), 'example.com', true)).toEqual({ allowedSites: ['example.com'], blockedSites: [] });
    });

    it('takes a blocking parent site off the block list, or the site still could not run', () => {
      const next = toggleSite(lists('allowlist', [], ['example.com']), 'news.example.com', true);
      expect(next).toEqual({ allowedSites: ['news.example.com'], blockedSites: [] });
      expect(siteVerdict({ siteMode: 'allowlist', ...next }, 'news.example.com', false)).toEqual({ run: true, because: 'allowed' });
    });

    it('leaves the allow list alone in mode "all"', () => {
      expect(toggleSite(lists('all', ['a.org'], ['example.com']), 'example.com', true)).toEqual({
        allowedSites: ['a.org'],
        blockedSites: [],
      });
    });

    it('adds no duplicate when the site or a parent is already allowed', () => {
      expect(toggleSite(lists('news', ['example.com']), 'example.com', true).allowedSites).toEqual(['example.com']);
      expect(toggleSite(lists('news', ['example.com']), 'news.example.com', true).allowedSites).toEqual(['example.com']);
    });

    it('turns back on what off turned off', () => {
      const start = lists('news', ['a.org'], []);
      const off = toggleSite(start, 'example.com', false);
      expect(siteVerdict({ siteMode: 'news', ...off }, 'example.com', true).run).toBe(false);
      const on = toggleSite({ siteMode: 'news', ...off }, 'example.com', true);
      expect(on).toEqual({ allowedSites: ['a.org', 'example.com'], blockedSites: [] });
      expect(siteVerdict({ siteMode: 'news', ...on }, 'example.com', false)).toEqual({ run: true, because: 'allowed' });
    });
  });
});
