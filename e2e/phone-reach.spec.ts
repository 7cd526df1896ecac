// A 360×740 touch phone (issue 12, point 5): events on the first screen, targets a finger can hit,
// and details in a sheet that leaves the tapped item in sight.
import { expect, test, type Locator } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, listButton, openApp } from './support/app.ts';
import { expectReachable } from './support/pointer.ts';
import { idsInView, settled } from './support/timeline.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const XI_MOSCOW = eventById('2023-03-20-xi-state-visit-moscow');

async function height(target: Locator): Promise<number> {
  return (await target.boundingBox())?.height ?? 0;
}

test('the first screen of a phone shows events, without scrolling', async ({ page }) => {
  await openApp(page);
  await settled(page);
  const onScreen: string[] = [];
  for (const id of await idsInView(page)) {
    const box = await page.locator(`.masar-item-content[data-event-id="${id}"]`).boundingBox();
    if (box && box.y + box.height <= 740) onScreen.push(id);
  }
  expect(onScreen.length, 'cards whole on the first screen').toBeGreaterThanOrEqual(3);
});

test('filters and buttons are targets a finger can hit (44 px)', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /إظهار عوامل التصفية/ }).tap();
  const panel = page.locator('#filter-panel');
  const chip = panel.getByRole('button', { name: /بريكس/ });
  expect(await height(chip)).toBeGreaterThanOrEqual(44);
  const box = panel.getByRole('checkbox', { name: /بوتين/ });
  const size = await box.boundingBox();
  expect(size?.width).toBeGreaterThanOrEqual(24);
  expect(size?.height).toBeGreaterThanOrEqual(24);
  // The whole row is the target: a tap on the name ticks the box.
  const row = box.locator('xpath=ancestor::label');
  expect(await height(row)).toBeGreaterThanOrEqual(44);
  await row.getByText('فلاديمير بوتين').tap();
  await expect(box).toBeChecked();
  expect(await height(page.getByRole('button', { name: 'الحدث السابق' }))).toBeGreaterThanOrEqual(
    44,
  );
});

test('a tapped event opens in a sheet: its Close button reads on one line, the item stays in sight', async ({
  page,
}) => {
  await openApp(page, '/?view=list');
  const item = listButton(page, XI_MOSCOW);
  // The reader scrolls until the item is low on the screen, where the sheet will open, and taps it
  // (rows far below are laid out only as they come near, so one turn of the wheel may fall short).
  await expect
    .poll(async () => {
      const y = (await item.boundingBox())?.y ?? 0;
      if (y >= 600) await page.mouse.wheel(0, y - 560);
      return y;
    })
    .toBeLessThan(600);
  expect((await item.boundingBox())?.y).toBeGreaterThan(300);
  await item.tap();

  const panel = detailsPanel(page, XI_MOSCOW);
  const heading = panel.getByRole('heading', { name: XI_MOSCOW.title.ar });
  await expect(heading).toBeInViewport();
  await expectReachable(heading, panel);
  const close = panel.getByRole('button', { name: /^إغلاق/ });
  await expectReachable(close, panel);
  const lines = await close.evaluate((el) => {
    const range = el.ownerDocument.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines, 'the Close label is on one line').toBe(1);
  expect(await height(close)).toBeGreaterThanOrEqual(44);

  // The tapped item is above the sheet, still reachable, not under it.
  await expectReachable(item, page.locator('body'));
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
    360,
  );

  // The sheet closes and gives the room back.
  await close.tap();
  await expect(panel).toHaveCount(0);
  await expect(item).toBeInViewport();
});
