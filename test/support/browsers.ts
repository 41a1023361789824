/**
 * Launches Debian's Chromium or Firefox ESR with the built extension loaded (playwright-core 1.64.1).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, firefox, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.BACKSTORY_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.BACKSTORY_FIREFOX ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'backstory@backstory.invalid';

export type BrowserName = 'chromium' | 'firefox';
export const FIREFOX_EXTENSION_UUID = '6f1c2a5e-0b7d-4c1e-9a53-5a1e7c0d9b21';

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly context: BrowserContext;
  /** Chromium only: the extension's service worker. */
  readonly worker: Worker | undefined;
  /** Where the extension's pages live: chrome-extension://ID or moz-extension://UUID. */
  readonly extensionOrigin: string;
  close(): Promise<void>;
}

/** Says exactly what to install when a browser is missing. */
export function requireBrowser(name: BrowserName): string {
  const path = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(path)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${name} was not found at ${path}. Install Debian's package: sudo apt-get update && sudo apt-get install -y ${pkg}` +
        ` (or set ${name === 'chromium' ? 'BACKSTORY_CHROMIUM' : 'BACKSTORY_FIREFOX'} to the browser's path).`,
    );
  }
  return path;
}

/**
 * Which build to load. "testing" (`npm run build:e2e`) differs from the shipped build in one thing:
 * the card's shadow root is open, so tests can read the card. Tests that check what a page can and
 * cannot reach load "shipped".
 */
export type BuildKind = 'testing' | 'shipped';

export function extensionDir(name: BrowserName, build: BuildKind = 'testing'): string {
  const folder = name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2';
  const dir = resolve('.output', build === 'testing' ? `${folder}-e2e` : folder);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run "${build === 'testing' ? 'npm run build:e2e' : 'npm run build'}" first.`);
  }
  return dir;
}

/** Flags for headless Chromium on a machine with no network: no background traffic, no sandbox (root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

export interface LaunchOptions {
  readonly headless?: boolean;
  /** Firefox: send every request through this local proxy (to prove nothing leaves). */
  readonly proxyPort?: number;
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number } | null;
  readonly profileDir?: string;
  /** The testing build unless said otherwise (see extensionDir). */
  readonly build?: BuildKind;
  /**
   * The shipped build opens its welcome page when installed, which Chromium does on every fresh
   * profile. By default the launch waits for that tab and closes it, so a test starts with the tabs
   * it opens itself; 'keep' leaves it open (find it with welcomePage()).
   */
  readonly welcome?: 'close' | 'keep';
  /**
   * Chromium only: the browser's UI language ("ar", "fr"), which picks the extension's messages.
   * `--lang` does it in headless Chromium on Linux (the LANGUAGE variable alone does not); the
   * extension then has that language's messages, while i18n.getUILanguage() stays en-US.
   */
  readonly uiLanguage?: string;
  /** Touch emulation (Playwright's `hasTouch`): taps through page.touchscreen and locator.tap(). */
  readonly hasTouch?: boolean;
}

export const WELCOME_PATH = '/welcome.html';

/** The welcome tab the extension opened on install, once it is there. */
export async function welcomePage(context: BrowserContext, timeout = 20_000): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith(WELCOME_PATH);
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout }));
}

export async function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser(name);
  const dir = extensionDir(name, options.build);
  const ownProfile = options.profileDir === undefined;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), `backstory-${name}-`));
  const freshProfile = !existsSync(join(profile, 'Default'));
  const common = {
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport === undefined ? { width: 1200, height: 900 } : options.viewport,
    ...(options.hasTouch ? { hasTouch: true } : {}),
  } as const;
  let context: BrowserContext;
  let worker: Worker | undefined;
  if (name === 'chromium') {
    // Loopback (the test pages) bypasses the proxy by default; everything else must go through it.
    const proxyArgs = options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`] : [];
    const langArgs = options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [];
    context = await chromium.launchPersistentContext(profile, {
      ...common,
      executablePath,
      ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage } } : {}),
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...proxyArgs, ...langArgs],
    });
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // Firefox opens no welcome tab for an extension installed from the profile, Chromium does.
    if (options.build === 'shipped' && freshProfile && options.welcome !== 'keep') await (await welcomePage(context)).close();
  } else {
    // Firefox takes its UI language from a language pack, which the test machine does not have.
    if (options.uiLanguage) throw new Error('launchWithExtension: uiLanguage is for Chromium only');
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    writeFileSync(join(profile, 'extensions', GECKO_ID), dir);
    const proxyPrefs: Record<string, string | number | boolean> = options.proxyPort
      ? {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': options.proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': options.proxyPort,
        }
      : {};
    context = await firefox.launchPersistentContext(profile, {
      ...common,
      channel: 'moz-firefox',
      executablePath,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      firefoxUserPrefs: {
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        // A fixed internal UUID, so tests can open the extension's pages at a known address.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        // Optional permissions (a pack URL's host) are granted without the prompt a test can't click.
        'extensions.webextOptionalPermissionPrompts': false,
        ...proxyPrefs,
      },
    });
  }
  return {
    name,
    context,
    worker,
    // Node's URL gives no origin for chrome-extension: addresses, so build it from the host.
    extensionOrigin: worker ? `chrome-extension://${new URL(worker.url()).host}` : `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    async close() {
      // A browser whose page stopped answering may not close cleanly: don't wait for it forever.
      await Promise.race([context.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (ownProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How many packs the build bundles (one folder each under assets/packs). */
export const BUNDLED_PACKS = readdirSync('assets/packs', { withFileTypes: true }).filter((d) => d.isDirectory()).length;
