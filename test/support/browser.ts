import axe from 'axe-core';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

/** Debian's chromium; CHROMIUM_PATH overrides. Flags as this machine needs them (no network beyond localhost). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The committed screenshots are refreshed only when asked (`UPDATE_SCREENSHOTS=1 npm test`). */
const SCREENSHOTS =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? join(__dirname, '../../docs/screenshots')
    : join(tmpdir(), 'partnership-hub-screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`,
    );
  }
  // launch() gives every run a fresh temporary profile (user data dir), removed at close.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

export const PHONE = { width: 390, height: 844 };

export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  // bypassCSP lets axe-core be injected; the policy itself is checked on the response headers.
  const context = await browser.newContext({
    bypassCSP: true,
    viewport,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The development sign-in page, as a person would use it. */
export async function signIn(
  page: Page,
  origin: string,
  role: string,
  extra: { faculty?: string; school?: string; name?: string; sub?: string } = {},
): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { name: 'Development sign-in' }).waitFor();
  await page.getByLabel('Role').selectOption(role);
  if (extra.faculty) await page.getByLabel('Faculty').selectOption(extra.faculty);
  if (extra.school) await page.getByLabel('School').fill(extra.school);
  if (extra.name) await page.getByLabel('Name (optional)').fill(extra.name);
  if (extra.sub) await page.getByLabel('User id (optional)').fill(extra.sub);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeProblem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is: the serious and critical violations. */
export async function accessibilityProblems(page: Page): Promise<AxeProblem[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(async () => {
    // Runs in the page: its globals, not Node's (the test project has no DOM types).
    const page = globalThis as unknown as { axe: typeof axe; document: Parameters<typeof axe.run>[0] };
    return page.axe.run(page.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Polls a locator until the check holds (as Playwright's own expect would), then asserts once more with Jest's. */
async function eventually(
  read: () => Promise<unknown>,
  check: (value: unknown) => boolean,
  assert: (value: unknown) => void,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  assert(value);
}

export const countIs = (locator: Locator, count: number) =>
  eventually(
    () => locator.count(),
    (value) => value === count,
    (value) => expect(value).toBe(count),
  );

export const hasText = (locator: Locator, text: string, options: { timeout?: number } = {}) =>
  eventually(
    () =>
      locator
        .innerText({ timeout: 1000 })
        .then((t) => t.trim())
        .catch(() => null),
    (value) => value === text,
    (value) => expect(value).toBe(text),
    options.timeout,
  );

export const containsText = (locator: Locator, text: string) =>
  eventually(
    () => locator.innerText({ timeout: 1000 }).catch(() => ''),
    (value) => String(value).includes(text),
    (value) => expect(value).toContain(text),
  );

/** True when the page needs no sideways scrolling at its viewport's width (a phone's, say). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const inPage = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number } };
    };
    return inPage.document.documentElement.scrollWidth <= inPage.innerWidth;
  });
}
