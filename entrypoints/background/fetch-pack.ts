/**
 * The extension's only network request: a pack file the user asked to import from a URL they
 * typed in settings, on a host they granted. The grant is checked here, not assumed: on Chromium
 * the content script's match pattern already lets the worker fetch any site, so without this check
 * a request could read any address, intranet ones included. No cookies go with it, redirects are
 * refused (they could lead anywhere the user did not type), and the download stops at the size limit.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '../../lib/packs/origin-pattern';
import { PACK_LIMITS } from '../../lib/packs/pack-schema';

export async function fetchPackText(url: string): Promise<string> {
  const address = new URL(url);
  const pattern = originPattern(url);
  const granted = pattern !== undefined && (await browser.permissions.contains({ origins: [pattern] }));
  if (!granted) throw new Error(`Backstory may not read ${address.host}: allow it when the settings page asks`);
  const response = await fetch(address, { credentials: 'omit', cache: 'no-cache', redirect: 'manual' });
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new Error('the server sent Backstory to another address; import the pack from the address it ends at');
  }
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > PACK_LIMITS.fileChars) throw new Error(`the file is ${declared} bytes; packs are limited to ${PACK_LIMITS.fileChars}`);
  return readCapped(response, PACK_LIMITS.fileChars);
}

/** The body as text, stopping (and failing) once it passes `limit` bytes, whatever the server declared. */
async function readCapped(response: Response, limit: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      throw new Error(`the file is over ${limit} bytes; packs are limited to that`);
    }
    text += decoder.decode(value, { stream: true });
  }
}
