/**
 * The host permission a pack URL needs: "https://example.org/*" for any address on that host.
 * Match patterns carry no port, so the settings page asks for, and the background checks, this one
 * pattern for the same URL.
 */
export function originPattern(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `${parsed.protocol}//${parsed.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}
