/**
 * Launches Debian's Chromium (never a downloaded browser) headless, with WebGL through
 * SwiftShader, as docs/architecture.md (testing) asks.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium features switched off. Chromium reads only the last `--disable-features` switch, and
 * Playwright passes its own before ours, so this list repeats the features playwright-core turns
 * off (its network-quiet and paint-timing defaults) and adds two of ours: each new window of
 * headless Chromium 156 otherwise loads the address bar's two WebUI popups, about half a second of
 * CPU in other renderers while the page under test loads (the bench's first frames took about
 * 1.2 s with them and 0.75 s without on this 2-core machine, and varied twice as much).
 */
export const DISABLED_FEATURES = [
  // playwright-core's own list (chromiumSwitches), kept in force:
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // ours: the address bar's popups (chrome://omnibox-popup.top-chrome and its AI-mode page)
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
] as const;

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install chromium)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
