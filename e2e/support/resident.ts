import { expect, type Page } from '@playwright/test';
import { signInOverHttp } from './bankid.ts';

export const startHeading = 'Välkommen till Vårdkontakten';

/** Opens the resident app signed out and checks the start page is there. */
export async function openStartPage(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: startHeading })).toBeVisible();
}

/** Signs in a resident who has an account and opens the home page. */
export async function signInResident(page: Page, name: string): Promise<void> {
  await signInOverHttp(page, name, 'resident');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: `Hej ${name.split(' ')[0]}!` })).toBeVisible();
}
