// Finds the Chromium the browser tests drive, installing Debian's when we are root and it is missing.
// Playwright's own download cannot work on machines without internet access, so we never try it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';

const wanted = chromiumPath();
// None: PW_CHROMIUM_PATH is empty, so Playwright's bundled browser (`npx playwright install`).
if (wanted === undefined || existsSync(wanted)) process.exit(0);

if (process.env.PW_CHROMIUM_PATH !== undefined) {
  console.error(`PW_CHROMIUM_PATH points to ${wanted}, which does not exist.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian’s chromium with apt-get (one time)…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('apt-get could not install chromium; install it by hand (see below).');
  }
  if (existsSync(wanted)) process.exit(0);
}

console.error(`The browser tests need Chromium and could not find it at ${wanted}.
Install one of:
  - Debian/Ubuntu:  sudo apt-get install chromium        (then run npm test again)
  - any system:     npx playwright install chromium, then run with PW_CHROMIUM_PATH= (empty)
  - elsewhere:      PW_CHROMIUM_PATH=/path/to/chrome npm test`);
process.exit(1);
