import { expect, test } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, openApp } from './support/app.ts';

const EVENT = eventById('2026-02-04-putin-xi-video-call');

test('a link to an event opens its details: title, date, Hijri date and sources in a new tab', async ({
  page,
}) => {
  await openApp(page, `/?event=${EVENT.id}`);
  const panel = detailsPanel(page, EVENT);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(EVENT.title.ar);

  // The description list: each term followed by its value.
  const terms = panel.locator('dt');
  const value = (term: string) =>
    terms.filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(value('التاريخ')).toContainText('4 فبراير 2026');
  await expect(value('بالتقويم الهجري')).toContainText('16 شعبان 1447');

  const linked = (EVENT.sources ?? []).filter((s) => s.url);
  expect(linked.length).toBeGreaterThan(0);
  // The source links, which open in a new tab; related events are links that open in place.
  const links = panel.getByRole('link', { name: /يفتح في نافذة جديدة/ });
  await expect(links).toHaveCount(linked.length);
  for (const source of linked) {
    const link = panel.getByRole('link', { name: source.outlet.ar });
    await expect(link.first()).toHaveAttribute('href', source.url ?? '');
  }
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toContainText('يفتح في نافذة جديدة');
  }
});
