/**
 * The extension's only network request: a pack file the user asked to import from a URL, on a
 * host the user granted. No cookies go with it, and the size is capped.
 */
const MAX_PACK_BYTES = 20 * 1024 * 1024;

export async function fetchPackText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'omit', cache: 'no-cache', redirect: 'follow' });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PACK_BYTES) throw new Error(`the file is ${declared} bytes; packs are limited to ${MAX_PACK_BYTES}`);
  const text = await response.text();
  if (text.length > MAX_PACK_BYTES) throw new Error(`the file is over ${MAX_PACK_BYTES} characters; packs are limited to that`);
  return text;
}
