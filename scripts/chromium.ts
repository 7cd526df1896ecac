/**
 * The one description of the browser that tests, benchmarks and audits drive: Debian's chromium
 * unless PW_CHROMIUM_PATH names another (empty: Playwright's own browser, e.g. on a laptop).
 * The flags keep a headless run off the network and out of the way of a machine without GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Where Debian's chromium package puts the browser; ensure-browser.ts installs it there. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(): string | undefined {
  const path = process.env.PW_CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  return path === '' ? undefined : path;
}
