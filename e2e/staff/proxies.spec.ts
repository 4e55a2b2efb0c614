import { expectNoSeriousA11yViolations } from '../support/a11y.ts';
import { demo, desktopViewport, mobileViewport, residentIdentifier } from '../support/demo.ts';
import { expect, failedResource, test } from '../support/fixtures.ts';
import { signInResident } from '../support/resident.ts';
import { searchResident, signInStaff } from '../support/staff.ts';

test.use({ viewport: desktopViewport });

// Emma Ek: a generated adult listed at Visby vårdcentral, with an account, whom no other test uses.
const emma = 'Emma Ek';

test('R-PX-3, R-ID-5: staff add a legal representative with a court decision and end it, and block and unblock an account', async ({ page, newBrowserContext, consoleGuard }) => {
  consoleGuard.allow(failedResource(400));
  await signInStaff(page, demo.maria, 'Visby vårdcentral');
  // Each read of her documents shows in her "Vem har läst mina uppgifter" (R-IN-2): opening the overview reads them once, and changing proxies or the account must not read them again.
  const documentReads: string[] = [];
  page.on('request', (request) => {
    if (/^\/api\/staff\/residents\/[^/]+\/documents$/.test(new URL(request.url()).pathname)) documentReads.push(request.url());
  });
  await searchResident(page, residentIdentifier('r4'));
  await page.getByRole('link', { name: new RegExp(`Öppna översikt för ${emma}`) }).click();
  const proxies = page.getByRole('region', { name: 'Ombud' });
  await expect(proxies).toContainText('Invånaren har inga ombud.');

  await proxies.getByRole('button', { name: 'Lägg till god man eller förvaltare' }).click();
  const add = page.getByRole('dialog', { name: 'Lägg till god man eller förvaltare' });
  await add.getByRole('button', { name: 'Spara ombud' }).click();
  await expect(add.getByLabel('Domstol')).toHaveAttribute('aria-invalid', 'true');
  await expect(add.getByText(/domstolsbeslutet säger att ombudet ska sörja för personen/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'add legal representative with errors');
  await add.getByLabel('Ombudets personnummer eller samordningsnummer').fill(residentIdentifier('jonas'));
  await add.getByLabel('Domstol').fill('Gotlands tingsrätt');
  await add.getByLabel('Målnummer').fill('Ä 88-26');
  await add.getByLabel('Beslutsdatum').fill('2026-10-01');
  await add.getByRole('checkbox', { name: 'Beslutet säger att ombudet ska sörja för personen' }).check();
  await add.getByRole('button', { name: 'Spara ombud' }).click();
  await expect(add).toBeHidden();

  const card = proxies.getByRole('listitem').filter({ hasText: 'Jonas Weber' });
  await expect(card).toContainText('God man eller förvaltare');
  await expect(card).toContainText('Domstolsbeslut från Gotlands tingsrätt, mål Ä 88-26, beslutat 1 oktober 2026');
  await expect(card).toContainText('Aktivt tills vidare');
  await expect(card).toContainText('Maria Ek, Visby vårdcentral');
  await expectNoSeriousA11yViolations(page, 'overview with a legal representative');

  await card.getByRole('button', { name: 'Avsluta ombud Jonas Weber' }).click();
  const end = page.getByRole('dialog', { name: 'Avsluta Jonas Weber som ombud' });
  await expect(end).toContainText('Jonas Weber kan inte längre agera för Emma Ek');
  await end.getByLabel('Skäl').fill('Beslutet upphävt');
  await end.getByRole('button', { name: 'Avsluta ombudet' }).click();
  await expect(end).toBeHidden();
  await expect(card).toContainText('Avslutat av vården');
  await expect(card.getByRole('button', { name: /Avsluta ombud/ })).toHaveCount(0);

  // Emma has the app open: the block sends her to sign-in with a plain message (R-ID-4).
  const emmaPage = await (await newBrowserContext({ viewport: mobileViewport })).newPage();
  await signInResident(emmaPage, emma);

  await page.getByRole('button', { name: 'Spärra konto' }).click();
  const block = page.getByRole('dialog', { name: 'Spärra kontot för Emma Ek' });
  await block.getByRole('button', { name: 'Spärra kontot' }).click();
  await expect(block.getByText('Välj ett skäl till spärren.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'block account dialog');
  await block.getByRole('radio', { name: 'Invånarens egen begäran' }).check();
  await block.getByRole('button', { name: 'Spärra kontot' }).click();
  await expect(block).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Kontot är spärrat' })).toBeVisible();
  await expect(page.getByText('Skäl: Invånarens egen begäran')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'overview, blocked');

  await expect(emmaPage.getByRole('heading', { level: 1, name: 'Välkommen till Vårdkontakten' })).toBeVisible();
  await expect(emmaPage.getByRole('alert')).toContainText('ditt konto i Vårdkontakten har spärrats');

  await page.getByRole('button', { name: 'Häv spärr' }).click();
  const unblock = page.getByRole('dialog', { name: 'Häv spärren för Emma Ek?' });
  await unblock.getByRole('button', { name: 'Häv spärren' }).click();
  await expect(unblock).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Kontot är spärrat' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Spärra konto' })).toBeVisible();
  expect(documentReads).toHaveLength(1);
});
