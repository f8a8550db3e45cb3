// Swagger UI as a developer uses it: open it, and on the article list and on one article press "Try it out" and then
// Execute, with the parameters Swagger UI fills in from the document's examples. Each answers 200 with the seed
// content. Screenshots: swagger-ui-<operation>.png.
import { BASE_URL, check, inBrowser, screenshot, step } from './lib/browser.mjs';

const SEED = 'A Million Miles Away';

await inBrowser('swagger-ui', async (page) => {
  step('open /q/swagger-ui/');
  await page.goto(`${BASE_URL}/q/swagger-ui/`);
  await page.locator('.information-container .title').filter({ hasText: 'Content API' }).waitFor();

  for (const operation of ['listArticles', 'getArticle']) {
    step(`${operation}: Try it out, Execute`);
    const block = page.locator(`#operations-Articles-${operation}`);
    await block.locator('.opblock-summary').first().click();
    await block.getByRole('button', { name: 'Try it out' }).click();
    await block.getByRole('button', { name: 'Execute' }).click();
    const answer = block.locator('.live-responses-table .response').first();
    await answer.waitFor();
    const status = (await answer.locator('.response-col_status').innerText()).trim();
    const body = await answer.locator('.response-col_description .highlight-code').first().innerText();
    check(status === '200', `${operation} answered ${status}: ${body.slice(0, 500)}`);
    check(body.includes(SEED), `${operation}'s answer does not show "${SEED}": ${body.slice(0, 500)}`);
    await answer.scrollIntoViewIfNeeded();
    await block.screenshot({ path: screenshot(`swagger-ui-${operation}`) });
    step(`${operation}: 200 with "${SEED}"`);
    await block.locator('.opblock-summary').first().click();
  }
});
