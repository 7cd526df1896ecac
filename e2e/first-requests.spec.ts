// What the first screen needs is asked for by the HTML itself, while the entry script is still on
// its way: the events (preload) and the timeline engine (modulepreload). Asked for by a script,
// each would wait for the scripts before it, one round trip after another. Each is fetched once:
// the app takes the preloaded responses instead of asking again.
import { expect, test } from '@playwright/test';
import { openApp } from './support/app.ts';

test('the events and the timeline engine are requested by the HTML, once each', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // Who asked: the HTML's parser (preload) or the module loader for a modulepreload link report no
  // script stack; a fetch or a dynamic import made by the app's code carries the stack of the call.
  const requests: { url: string; byScriptCall: boolean }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    const stack = event.initiator.stack?.callFrames ?? [];
    requests.push({ url: event.request.url, byScriptCall: stack.length > 0 });
  });

  await openApp(page);
  await expect(page.locator('.vis-item.vis-box, .vis-item.vis-range').first()).toBeVisible();

  const of = (pattern: RegExp) => requests.filter((r) => pattern.test(new URL(r.url).pathname));
  const engine = of(/^\/assets\/Timeline-[\w-]+\.js$/);
  expect(engine, 'the timeline engine').toEqual([expect.objectContaining({ byScriptCall: false })]);
  const events = of(/^\/data\/events\.json$/);
  expect(events, 'the events').toEqual([expect.objectContaining({ byScriptCall: false })]);
});
