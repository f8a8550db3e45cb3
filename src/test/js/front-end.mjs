// The example front end at /, as a reader uses it: the list of articles, an article with its author, film and
// approved comments in threads, search with highlighted snippets, and the comment form that answers "awaiting
// moderation". Content is always text: the markup in a comment shows as typed. Nothing breaks the page's
// Content-Security-Policy or logs an error, and it fits a phone's width. FIXTURE (JSON) names the article the Java test
// made. Screenshots: front-end-<step>.png.
import { BASE_URL, check, inBrowser, required, screenshot, step } from './lib/browser.mjs';

const fixture = JSON.parse(required('FIXTURE'));

await inBrowser('front-end', async (page, problems) => {
  step('the list of articles at /');
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
  const link = page.getByRole('link', { name: fixture.title, exact: true });
  for (let more = 0; !(await link.isVisible()); more++) {
    check(more < 30, `"${fixture.title}" is not in the first 30 pages of the list`);
    const shown = await page.locator('.cards > li').count();
    await page.getByRole('button', { name: 'More articles' }).click();
    await page.waitForFunction((count) => document.querySelectorAll('.cards > li').length > count, shown);
  }
  await page.screenshot({ path: screenshot('front-end-list') });

  step('open the article: author, film and approved comments in threads');
  await link.click();
  await page.getByRole('heading', { level: 1, name: fixture.title }).waitFor();
  const author = page.locator('.author-box');
  check((await author.innerText()).includes(fixture.author), `no author ${fixture.author} in the author box`);
  check((await author.innerText()).includes(fixture.authorBio), 'no short bio in the author box');
  const film = await page.locator('.film-box').innerText();
  check(film.includes(fixture.film), `no film ${fixture.film}: ${film}`);
  check(film.includes(`Directed by ${fixture.director}`), `no director: ${film}`);
  check((await page.locator('.article-body').innerText()).includes(fixture.searchWord), 'the body is not shown');
  const heading = await page.locator('#comments-title').innerText();
  check(heading === '3 comments', `comments heading: ${heading}`);

  const root = page.locator('.comments-section > ol.comments > li').filter({ hasText: fixture.comments.root });
  check(await root.count() === 1, 'the approved comment is not a thread of its own');
  const reply = root.locator('ol.replies .comment-body');
  check((await reply.allInnerTexts()).includes(fixture.comments.reply), 'the reply is not nested under its comment');
  const bodies = await page.locator('.comment-body').allInnerTexts();
  check(bodies.includes(fixture.comments.markup), `the comment with markup is not shown as typed: ${bodies}`);
  check(await page.locator('.comments img, .comments script, .comments b').count() === 0,
    'markup in a comment became an element');
  check(!(await page.content()).includes(fixture.pending), 'a pending comment is shown');
  await page.screenshot({ path: screenshot('front-end-article'), fullPage: true });

  step('search, with the matching words highlighted');
  await page.getByRole('searchbox', { name: 'Search' }).fill(fixture.searchWord);
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
  const hit = page.locator('.hit').filter({ has: page.getByRole('link', { name: fixture.title, exact: true }) });
  await hit.waitFor();
  const marks = await hit.locator('.snippet mark').allInnerTexts();
  check(marks.some((mark) => mark.toLowerCase() === fixture.searchWord.toLowerCase()),
    `the snippet does not highlight "${fixture.searchWord}": ${marks}`);
  const snippet = await hit.locator('.snippet').innerText();
  check(!snippet.includes('<mark>') && !snippet.includes('&lt;'), `the snippet shows markup as text: ${snippet}`);
  await page.screenshot({ path: screenshot('front-end-search') });

  step('post a comment: it awaits moderation');
  await hit.getByRole('link', { name: fixture.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fixture.title }).waitFor();
  await page.getByRole('button', { name: 'Post comment' }).click();
  check(await page.locator('[aria-invalid="true"]').count() === 2, 'an empty comment is not refused at its fields');
  await page.getByLabel('Name', { exact: true }).fill('Browser Reader');
  await page.getByLabel('Comment', { exact: true }).fill(fixture.newComment);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page.getByRole('status').filter({ hasText: 'awaiting moderation' }).waitFor();
  check(!(await page.locator('.comments-section > ol.comments').innerText()).includes(fixture.newComment),
    'the new comment is shown before it is approved');
  await page.locator('.comment-form').screenshot({ path: screenshot('front-end-comment') });

  step('accessible basics: labelled controls, one h1, a language');
  const unlabelled = await page.locator('input:not([tabindex="-1"]), textarea')
    .evaluateAll((controls) => controls.filter((control) => control.labels.length === 0).map((control) => control.id));
  check(unlabelled.length === 0, `controls without a label: ${unlabelled}`);
  check(await page.locator('h1').count() === 1, 'not exactly one h1');
  check(await page.locator('html').getAttribute('lang') === 'en', 'no lang on <html>');

  step('a phone\'s width: nothing wider than the screen');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: fixture.title }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the page is ${overflow}px wider than a 360px screen`);
  await page.screenshot({ path: screenshot('front-end-phone'), fullPage: true });

  check(problems.length === 0, `the page logged errors:\n${problems.join('\n')}`);

  step('an unknown article and an unknown page');
  await page.goto(`${BASE_URL}/#/articles/no-such-article-here`);
  await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  await page.goto(`${BASE_URL}/#/nowhere`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
});
