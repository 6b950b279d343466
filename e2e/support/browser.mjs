// Shared helpers of the browser scenarios: Debian's Chromium driven by playwright-core, a French
// context, a watched page (signed in or not), the login form, axe-core (WCAG 2 A/AA) checks, and the
// screenshots directory.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from './app-server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const screenshotsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'screenshots');

// The demo seed's password, defined once with the app server's helpers (used here, and re-exported).
export { DEMO_PASSWORD };

/** Headless Chromium; also makes sure screenshots/ exists. */
export function launchChromium() {
  mkdirSync(screenshotsDir, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A French browser context in Paris time, with a 15 s default timeout. */
export async function newFrenchContext(browser, options = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', ...options });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Collects the page's uncaught errors in `pageErrors` and echoes its console errors. */
export function watchPage(page, pageErrors) {
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[browser console] ${message.text()}`);
  });
  return page;
}

/** Fills and submits the login form (the page must show it). */
export async function submitLogin(page, email, password = DEMO_PASSWORD) {
  await page.getByLabel('Adresse électronique', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `      - ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe-core (wcag2a, wcag2aa) on the page and fails with a readable report on any violation. */
export async function assertAccessible(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  if (results.violations.length > 0) {
    const report = formatViolations(results.violations);
    console.log(`axe-core violations on the ${name} page:\n${report}`);
    assert.fail(`${results.violations.length} axe-core violation(s) on the ${name} page:\n${report}`);
  }
}

/** The text of the selected option of a <select>. */
export function selectedText(select) {
  return select.evaluate((el) => el.selectedOptions[0]?.textContent?.trim() ?? '');
}

/** Phone and desktop sizes of the layout checks. */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * A page in a new French context (newFrenchContext; `contextOptions` such as the viewport or a
 * storageState go to it), its uncaught errors collected in `pageErrors` (watchPage). `timeout`, when
 * given, replaces the context's 15 s default. Closed with `context.close()` or with the browser.
 */
export async function openFrenchPage(browser, pageErrors, { timeout, ...contextOptions } = {}) {
  const context = await newFrenchContext(browser, contextOptions);
  if (timeout !== undefined) context.setDefaultTimeout(timeout);
  const page = watchPage(await context.newPage(), pageErrors);
  return { context, page };
}

/**
 * A page of its own (openFrenchPage) where `email` signed in through the login form of `baseUrl`;
 * resolves once the app shows one of the user's organisations. Defaults: the desktop viewport, the
 * demo password.
 */
export async function signedInPage(browser, { baseUrl, email, password = DEMO_PASSWORD, viewport = DESKTOP, pageErrors, timeout }) {
  const opened = await openFrenchPage(browser, pageErrors, { viewport, timeout });
  await opened.page.goto(`${baseUrl}/login`);
  await submitLogin(opened.page, email, password);
  await opened.page.waitForURL(/\/orgs\//);
  return opened;
}

/** Screenshots for the team to look at: E2E_SHOTS_DIR, else the ignored screenshots/ directory. */
export const teamShotsDir = process.env.E2E_SHOTS_DIR || screenshotsDir;

/** Fails when the page scrolls sideways (the document is wider than the window). */
export async function assertNoHorizontalOverflow(page, name) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
    const width = window.innerWidth;
    // Elements sticking out, except those inside a container that scrolls or clips them.
    const clipped = (el) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed' && !clipped(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth: width, culprits: wide };
  });
  assert.ok(scrollWidth <= innerWidth, `${name}: ${scrollWidth} px wide in a ${innerWidth} px window; widest: ${culprits.join(', ')}`);
}

/** axe-core (WCAG 2 A/AA): fails on serious or critical violations, reports the others. */
export async function assertNoSeriousViolations(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !serious.includes(v));
  if (minor.length > 0) console.log(`axe-core (minor) on ${name}:\n${formatViolations(minor)}`);
  if (serious.length > 0) assert.fail(`${serious.length} serious/critical axe-core violation(s) on ${name}:\n${formatViolations(serious)}`);
}
