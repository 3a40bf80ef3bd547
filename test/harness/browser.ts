// Debian's Chromium, driven by playwright-core, shows the VS Code web workbench.
import { chromium, type Browser } from 'playwright-core';
import { onCleanup } from './lifecycle';
import { chromiumPath, requireChromium } from './prerequisites';
import { seconds, withTimeout } from './timeouts';

export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    timeout: seconds(30),
    // The harness closes the browser itself on signals (lifecycle.ts), in a known order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup(() => withTimeout(browser.close(), seconds(10), 'Chromium did not close'));
  return browser;
}
