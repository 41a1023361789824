/** Which sites Backstory runs on: the user's mode, allow list and block list. */

/** Where Backstory runs: every site, pages that look like news articles, or the allow list only. */
export type SiteMode = 'all' | 'news' | 'allowlist';

/** The settings that decide where Backstory runs. */
export interface SiteRules {
  readonly siteMode: SiteMode;
  /** Sites (host names, subdomains included) where Backstory always runs. */
  readonly allowedSites: readonly string[];
  /** Sites where it never runs. */
  readonly blockedSites: readonly string[];
}

/** The site a URL belongs to: its host name without a leading "www."; undefined for non-web URLs. */
export function siteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // "example.com." (a fully qualified name) is the same site as "example.com": without this a
  // trailing dot in the address would slip past the block list.
  return parsed.hostname.replace(/\.$/, '').replace(/^www\./, '');
}

/**
 * Reads what a user typed into a site list ("https://www.example.com/page", "Example.com") as a
 * site, or undefined when it is not one.
 */
export function parseSite(input: string): string | undefined {
  // "*.example.com" means what "example.com" means here: a listed site includes its subdomains.
  const trimmed = input.trim().toLowerCase().replace(/^\*\./, '');
  if (trimmed === '') return undefined;
  const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
  if (!site || site.split('.').includes('')) return undefined; // ".", ".com", "a..b" never match a page
  // A host name needs at least one dot or be "localhost"; this rejects typos such as "example".
  return site.includes('.') || site === 'localhost' ? site : undefined;
}

/** Is the site on the list, itself or as a subdomain of a listed site? */
export function siteListed(list: readonly string[], site: string): boolean {
  return list.some((listed) => within(site, listed));
}

/** Is `site` the site `listed` or one of its subdomains? */
function within(site: string, listed: string): boolean {
  return site === listed || site.endsWith(`.${listed}`);
}

export type SiteVerdict =
  | { readonly run: true; readonly because: 'allowed' | 'all-sites' | 'news-article' }
  | { readonly run: false; readonly because: 'blocked' | 'not-news' | 'not-allowed' };

/** Should Backstory mark this page? Block list first, then allow list, then the mode. */
export function siteVerdict(
  settings: SiteRules,
  site: string,
  /** Whether the page looks like a news article; a function is asked only in news mode, where it matters. */
  isNews: boolean | (() => boolean),
): SiteVerdict {
  if (siteListed(settings.blockedSites, site)) return { run: false, because: 'blocked' };
  if (siteListed(settings.allowedSites, site)) return { run: true, because: 'allowed' };
  if (settings.siteMode === 'all') return { run: true, because: 'all-sites' };
  if (settings.siteMode === 'news') {
    const news = typeof isNews === 'function' ? isNews() : isNews;
    return news ? { run: true, because: 'news-article' } : { run: false, because: 'not-news' };
  }
  return { run: false, because: 'not-allowed' };
}

/**
 * The one-click toggle (popup and card): turning a site off puts it on the block list (and takes
 * it and its subdomains off the allow list); turning it on takes it off the block list and, unless
 * the mode is "all sites", puts it on the allow list. Turning a site off never turns another site
 * off or on: "news.example.com" off leaves "example.com" on the allow list and off the block list.
 */
export function toggleSite(settings: SiteRules, site: string, on: boolean): { allowedSites: string[]; blockedSites: string[] } {
  if (!on) {
    // Entries for the site's own subdomains are now covered by the site itself.
    const allowedSites = settings.allowedSites.filter((listed) => !within(listed, site));
    const blockedSites = siteListed(settings.blockedSites, site)
      ? [...settings.blockedSites]
      : [...settings.blockedSites.filter((listed) => !within(listed, site)), site];
    return { allowedSites, blockedSites };
  }
  // The site and any parent site blocking it come off the block list, or it could not run.
  const blockedSites = settings.blockedSites.filter((listed) => !within(site, listed));
  const needsAllowing = settings.siteMode !== 'all' && !siteListed(settings.allowedSites, site);
  const allowedSites = needsAllowing ? [...settings.allowedSites, site] : [...settings.allowedSites];
  return { allowedSites, blockedSites };
}
