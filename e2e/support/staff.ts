import { expect, type Page } from '@playwright/test';
import { signInOverHttp } from './bankid.ts';

export const identifierField = 'Personnummer, samordningsnummer eller reservnummer';

export async function openPortal(page: Page): Promise<void> {
  await page.goto('/portal/');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in i Vårdportalen' })).toBeVisible();
}

async function signIn(page: Page, name: string, unit?: string): Promise<void> {
  await signInOverHttp(page, name, 'staff');
  await page.goto('/portal/');
  if (unit) {
    await expect(page.getByRole('heading', { level: 1, name: 'Välj vårdenhet' })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(unit) }).click();
  }
}

/** Signs in staff; with several units, chooses `unit`. Ends on the search page. */
export async function signInStaff(page: Page, name: string, unit?: string): Promise<void> {
  await signIn(page, name, unit);
  await expect(page.getByRole('heading', { level: 1, name: 'Sök invånare' })).toBeVisible();
}

/** Signs in someone whose roles in the unit are only administrative: they start on the units page. */
export async function signInAdmin(page: Page, name: string, unit?: string): Promise<void> {
  await signIn(page, name, unit);
  await expect(page.getByRole('heading', { level: 1, name: 'Enheter' })).toBeVisible();
}

export async function searchResident(page: Page, identifier: string): Promise<void> {
  await page.getByLabel(identifierField).fill(identifier);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
}
