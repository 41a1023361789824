/** Issue 15, fault 2: the worker fetched any address asked of it, without the user's grant, following redirects. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fetchPackText } from '../../entrypoints/background/fetch-pack';

afterEach(() => vi.restoreAllMocks());

function serve(response: Response) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(response);
}

describe('fetchPackText', () => {
  it('does not fetch at all from a host the user did not grant', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false as never);
    const fetched = serve(new Response('{}'));
    await expect(fetchPackText('http://192.168.1.1/router.json')).rejects.toThrow(/may not read 192\.168\.1\.1/);
    expect(fetched).not.toHaveBeenCalled();
  });

  it('fetches from a granted host (the pattern the settings page asks for) without cookies and without following redirects', async () => {
    const contains = vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    const fetched = serve(new Response('{"id":"x"}', { status: 200 }));
    expect(await fetchPackText('https://packs.example.org:8443/p.json')).toBe('{"id":"x"}');
    expect(contains).toHaveBeenCalledWith({ origins: ['https://packs.example.org/*'] });
    expect(fetched.mock.calls[0]![1]).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });

  it('refuses a redirect (it could lead to an address the user never typed)', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    serve(new Response(null, { status: 302, headers: { location: 'http://10.0.0.1/' } }));
    await expect(fetchPackText('https://packs.example.org/p.json')).rejects.toThrow(/sent Backstory to another address/);
  });

  it('stops reading past the size limit even when the server declares no length', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 40) controller.close();
        else controller.enqueue(chunk);
      },
    });
    serve(new Response(body, { status: 200 }));
    await expect(fetchPackText('https://packs.example.org/big.json')).rejects.toThrow(/over 20971520 bytes/);
    expect(sent).toBeLessThan(30);
  });
});
