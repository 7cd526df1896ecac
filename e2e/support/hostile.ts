// The payloads hidden in e2e/fixtures/hostile (data) and used in hostile links, and the checks that
// none of them ran or became markup. A payload that runs sets window.__pwned.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const IMG = '<img src=x onerror=window.__pwned=1>';
export const SCRIPT = '<script>window.__pwned=1</script>';
export const SVG = '"><svg onload=window.__pwned=1>';
export const JS = 'javascript:window.__pwned=1';

const TSX = 'node_modules/.bin/tsx';

/** Runs the project's compiler CLI; returns its exit code and everything it printed. */
export function compile(dataDir: string, out: string): { code: number; output: string } {
  mkdirSync('.tmp/e2e-hostile', { recursive: true });
  try {
    const stdout = execFileSync(TSX, ['src/compiler/cli.ts', '--data', dataDir, '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

/** Records dialogs (alert, confirm…): a payload that runs would most likely open one. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** No payload ran, and none became an element: no handler attributes, no element made from data. */
export async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate<string[]>(`
    [...document.querySelectorAll('img, script, svg, iframe, object, embed, [onerror], [onload]')]
      .map((el) => el.outerHTML)
      .filter((html) => html.includes('__pwned') || /\\son(error|load)=/i.test(html))`);
  expect(injected).toEqual([]);
  const links = await page.evaluate<string[]>(`
    [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
      .filter((href) => !/^(https?:|#|\\/|\\?)/i.test(href))`);
  expect(links, 'links with a scheme other than http(s)').toEqual([]);
}

/** The page never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    width,
  );
}
