import AxeBuilder from '@axe-core/playwright';
import chromium from '@sparticuz/chromium';
import { type Browser, expect, type Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

/**
 * The browser comes with `npm install`: @sparticuz/chromium ships a Chromium binary in its
 * npm package, so nothing is downloaded by `playwright install`. If it cannot start, every
 * browser test fails with this message: never a silent pass.
 */
export const test = base.extend<object, { browser: Browser }>({
  browser: [
    async ({ playwright }, use) => {
      let browser: Browser;
      try {
        browser = await playwright.chromium.launch({
          executablePath: await chromium.executablePath(),
          // --single-process suits one-shot serverless runs; here the browser then dies when
          // the first test's context closes.
          args: chromium.args.filter((arg) => arg !== '--single-process'),
          headless: true,
        });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        process.stderr.write(
          `\n\n*** BROWSER TESTS DID NOT RUN: Chromium (@sparticuz/chromium) could not launch.\n${why}\n\n`,
        );
        throw new Error(`Browser tests did not run: Chromium could not launch: ${why}`);
      }
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // A dialog fading in has half-transparent colours: axe measures contrast once it has settled.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Screenshots of a screen at desktop, tablet and phone width, for a person to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const [suffix, width, height] of [
    ['1280', 1280, 800],
    ['768', 768, 1024],
    ['360', 360, 780],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${suffix}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}
