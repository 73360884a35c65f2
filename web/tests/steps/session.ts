import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Signs in on the sign-in page as a demo staff member ('Sykepleier Nord', 'Personvernombud' …). */
export async function signIn(page: Page, name: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Logg inn som ${name}` }).click();
  // The sign-in page has a level-1 heading too: wait until it has been left.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * GraphQL as a demo staff member straight to the API (setting a scene, or a colleague working
 * meanwhile); fails the test on any GraphQL error.
 */
export async function api<T>(
  request: APIRequestContext,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const signedIn = await request.post('/auth/dev-sign-in', { data: { email } });
  const { token } = (await signedIn.json()) as { token: string };
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}
