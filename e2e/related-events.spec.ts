import { expect, test } from '@playwright/test';
import { eventById } from './support/dataset.ts';
import { detailsPanel, openApp } from './support/app.ts';

const VISIT = eventById('2026-h1-putin-visit-china');
const INVITATION = eventById('2026-02-04-invitation-visit-china');
const CALL = eventById('2026-02-04-putin-xi-video-call');
const PARTNERSHIP = eventById('1996-04-25-strategic-partnership');

test('related events show both ways, and a click on one opens it', async ({ page }) => {
  await openApp(page, `/?event=${VISIT.id}`);
  const visit = detailsPanel(page, VISIT);
  const toInvitation = visit.getByRole('link', { name: INVITATION.title.ar });
  await expect(toInvitation.locator('xpath=..')).toContainText('أُعلن عنه في');
  await toInvitation.click();

  const invitation = detailsPanel(page, INVITATION);
  await expect(invitation.getByRole('heading', { level: 2 })).toHaveText(INVITATION.title.ar);
  await expect(page).toHaveURL(new RegExp(`event=${INVITATION.id}`));
  // The derived direction: the invitation announces the visit, and is part of the call.
  const back = invitation.getByRole('link', { name: VISIT.title.ar });
  await expect(back.locator('xpath=..')).toContainText('أُعلن فيه عن');
  await expect(
    invitation.getByRole('link', { name: CALL.title.ar }).locator('xpath=..'),
  ).toContainText('جزء من');
});

test('a related event is reached and opened with the keyboard, in English', async ({ page }) => {
  await openApp(page, `/?event=${CALL.id}&lang=en`, 'en');
  const call = detailsPanel(page, CALL, 'en');
  const link = call.getByRole('link', { name: PARTNERSHIP.title.en });
  await expect(link.locator('xpath=..')).toContainText('Recalls the anniversary of');
  for (
    let i = 0;
    i < 20 && !(await link.evaluate((el) => el === el.ownerDocument.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');

  const partnership = detailsPanel(page, PARTNERSHIP, 'en');
  await expect(
    partnership.getByRole('link', { name: CALL.title.en }).locator('xpath=..'),
  ).toContainText('Anniversary recalled in');
});
