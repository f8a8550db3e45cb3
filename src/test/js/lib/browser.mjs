// Runs a check in Debian's Chromium (never a downloaded browser) through playwright-core, headless, with a fresh
// profile. Console errors and uncaught page errors are collected for the check to assert on; a failing check leaves a
// screenshot next to the others.
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** A variable the Java test sets; the script cannot run without it. */
export function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set (the Java test that runs this script sets it)`);
  }
  return value;
}

export const BASE_URL = required('BASE_URL');
export const SCREENSHOTS = required('SCREENSHOTS');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Where a screenshot of this name goes. */
export function screenshot(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/** Fails the check with this message unless the condition holds. */
export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/**
 * Opens a page in a new browser, runs the check with it and closes everything, whatever happens.
 * @param {string} name names the failure screenshot
 * @param {(page: import('playwright-core').Page, problems: string[]) => Promise<void>} run
 */
export async function inBrowser(name, run) {
  const profile = mkdtempSync(join(tmpdir(), 'content-api-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()} from ${response.request().method()} ${response.url()}`);
    }
  });
  try {
    await run(page, problems);
  } catch (error) {
    await page.screenshot({ path: screenshot(`${name}-failure`), fullPage: true }).catch(() => {});
    if (problems.length > 0) {
      console.error(`what the page logged before it failed:\n${problems.join('\n')}`);
    }
    throw error;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Logs one step, so that the test's output tells how far a check got. */
export function step(text) {
  console.log(`- ${text}`);
}
