// @ts-check
/**
 * An example front end of the Content API: the latest articles, an article with its author, films and approved
 * comments (threaded), search with highlighted snippets, and a comment form. Plain JavaScript modules, no build step
 * and nothing loaded from elsewhere. Pages are addressed by the fragment (#/articles/{slug}, #/search?q=…), so every
 * path on the server other than / and /app/ stays the API's.
 */
import * as api from './api.js';
import { h, markdownBlocks, snippet, time, uuid, webUrl } from './dom.js';

const SITE = 'Film & Culture';
const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const searchForm = /** @type {HTMLFormElement} */ (document.getElementById('search-form'));
const searchInput = /** @type {HTMLInputElement} */ (document.getElementById('search-q'));

/** Counts route changes, so that the answer to a page left meanwhile is dropped. */
let navigation = 0;

/**
 * @typedef {{ title: string, node: Node }} View
 */

async function route() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/')) {
    return; // an anchor in the page, such as the skip link
  }
  const current = ++navigation;
  const [path = '/', queryString = ''] = hash.slice(1).split('?');
  const query = new URLSearchParams(queryString);
  main.setAttribute('aria-busy', 'true');
  /** @type {View} */
  let view;
  try {
    const article = /^\/articles\/([^/]+)$/.exec(path);
    if (path === '/') {
      view = await listView();
    } else if (article) {
      view = await articleView(decodeURIComponent(article[1] ?? ''));
    } else if (path === '/search') {
      view = await searchView(query.get('q') ?? '');
    } else {
      view = messageView('Page not found', 'There is no page at this address.');
    }
  } catch (error) {
    view = errorView(error);
  }
  if (current === navigation) {
    main.removeAttribute('aria-busy');
    show(view);
  }
}

/** @param {View} view */
function show(view) {
  document.title = `${view.title} · ${SITE}`;
  main.replaceChildren(view.node);
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
}

/**
 * @param {string} title
 * @param {string} text
 * @returns {View}
 */
function messageView(title, text) {
  return { title, node: h('section', { class: 'message' }, h('h1', {}, title), h('p', {}, text), homeLink()) };
}

/**
 * @param {unknown} error
 * @returns {View}
 */
function errorView(error) {
  if (error instanceof api.ApiError && error.status === 404) {
    return messageView('Not found', 'Nothing is published at this address.');
  }
  return {
    title: 'Something went wrong',
    node: h('section', { class: 'message', role: 'alert' }, h('h1', {}, 'Something went wrong'),
      h('p', {}, describe(error)), homeLink()),
  };
}

/** @param {unknown} error */
function describe(error) {
  if (error instanceof api.ApiError) {
    return error.message;
  }
  return 'The content could not be loaded. Check your connection and try again.';
}

function homeLink() {
  return h('p', {}, h('a', { href: '#/' }, 'Back to the latest articles'));
}

/** @param {string} slug */
function articleHref(slug) {
  return `#/articles/${encodeURIComponent(slug)}`;
}

/**
 * A "More" button that loads the next page of a list through its cursor, while there is one.
 * @param {string} label
 * @param {(cursor: string) => Promise<string | null | undefined>} loadPage answers the next cursor
 */
function moreButton(label, loadPage) {
  const button = h('button', { type: 'button', class: 'more' }, label);
  const status = h('p', { class: 'visually-hidden', role: 'status' });
  /** @type {string | null | undefined} */
  let next = null;
  button.addEventListener('click', async () => {
    if (!next) {
      return;
    }
    button.disabled = true;
    try {
      next = await loadPage(next);
      status.textContent = 'More loaded.';
    } catch (error) {
      status.textContent = describe(error);
    } finally {
      button.disabled = false;
      button.hidden = !next;
    }
  });
  return {
    node: h('div', { class: 'more-row' }, button, status),
    /** @param {string | null | undefined} cursor */
    set(cursor) {
      next = cursor;
      button.hidden = !cursor;
    },
  };
}

// The latest articles

/** @returns {Promise<View>} */
async function listView() {
  const list = h('ol', { class: 'cards' });
  /** @param {string} [cursor] */
  const load = async (cursor) => {
    const page = await api.listArticles(cursor);
    const people = new Map((page.included?.people ?? []).map((person) => [person.slug, person]));
    list.append(...page.data.map((article) => articleCard(article, people)));
    return page.meta.nextCursor;
  };
  const more = moreButton('More articles', load);
  more.set(await load());
  return {
    title: 'Latest articles',
    node: h('section', { 'aria-labelledby': 'page-title' }, h('h1', { id: 'page-title' }, 'Latest articles'), list,
      more.node),
  };
}

/**
 * @param {api.Article} article
 * @param {Map<string, api.Person>} people
 */
function articleCard(article, people) {
  const author = article.author ? people.get(article.author.slug)?.name ?? article.author.name : null;
  const comments = article.commentCount === 1 ? '1 comment' : `${article.commentCount} comments`;
  return h('li', {},
    h('article', { class: 'card' },
      h('h2', {}, h('a', { href: articleHref(article.slug) }, article.title)),
      h('p', { class: 'meta' }, byline(author, article.publishedAt), ` · ${comments}`),
      article.dek || article.summary ? h('p', { class: 'teaser' }, article.dek || article.summary) : null));
}

/**
 * @param {string | null | undefined} author
 * @param {string | null | undefined} publishedAt
 */
function byline(author, publishedAt) {
  const parts = [];
  if (author) {
    parts.push('By ', h('span', { class: 'author' }, author));
  }
  if (publishedAt) {
    parts.push(author ? ' · ' : '', time(publishedAt));
  }
  return parts.length ? h('span', {}, ...parts) : h('span', {}, 'Undated');
}

// One article

/**
 * @param {string} slug
 * @returns {Promise<View>}
 */
async function articleView(slug) {
  const [document, comments] = await Promise.all([api.getArticle(slug), api.listComments(slug)]);
  const article = document.data;
  const people = new Map((document.included?.people ?? []).map((person) => [person.slug, person]));
  const films = new Map((document.included?.films ?? []).map((film) => [film.slug, film]));
  const author = article.author ? people.get(article.author.slug) : undefined;
  const image = webUrl(article.heroImage?.url);

  const node = h('article', { class: 'article' },
    h('header', { class: 'article-header' },
      h('h1', {}, article.title),
      article.dek ? h('p', { class: 'dek' }, article.dek) : null,
      h('p', { class: 'meta' }, byline(article.author?.name, article.publishedAt))),
    image ? h('figure', { class: 'hero' },
      h('img', { src: image, alt: article.heroImage?.alt ?? '' }),
      article.heroImage?.caption || article.heroImage?.credit
        ? h('figcaption', {}, article.heroImage?.caption ?? '',
          article.heroImage?.credit ? h('span', { class: 'credit' }, ` ${article.heroImage.credit}`) : null)
        : null) : null,
    h('div', { class: 'article-layout' },
      h('div', { class: 'article-body' }, ...(article.body ? markdownBlocks(article.body) : [h('p', {}, article.summary ?? '')])),
      h('aside', { class: 'article-aside', 'aria-label': 'About this article' },
        author ? authorBox(author) : null,
        ...(article.films ?? []).map((ref) => filmBox(films.get(ref.slug), ref.title)),
        article.people?.length ? h('section', { class: 'box' }, h('h2', {}, 'In this article'),
          h('ul', { class: 'plain' }, article.people.map((person) => h('li', {}, person.name)))) : null)),
    commentsSection(article, comments));
  return { title: article.title ?? '', node };
}

/** @param {api.Person} person */
function authorBox(person) {
  return h('section', { class: 'box author-box', 'aria-labelledby': 'author-title' },
    h('h2', { id: 'author-title' }, 'About the author'),
    h('p', { class: 'name' }, person.name),
    person.shortBio ? h('p', {}, person.shortBio) : null);
}

/**
 * @param {api.Film | undefined} film
 * @param {string} title
 */
function filmBox(film, title) {
  if (!film) {
    return h('section', { class: 'box film-box' }, h('h2', {}, 'The film'), h('p', { class: 'name' }, title));
  }
  const credits = film.credits ?? [];
  const directors = credits.filter((credit) => credit.kind === 'director').map((credit) => credit.person.name);
  const cast = credits.filter((credit) => credit.kind === 'cast')
    .map((credit) => credit.characterName ? `${credit.person.name} as ${credit.characterName}` : credit.person.name);
  const where = [film.platform, film.studio].filter(Boolean).join(', ');
  return h('section', { class: 'box film-box' },
    h('h2', {}, 'The film'),
    h('p', { class: 'name' }, film.title),
    film.releaseDate ? h('p', {}, 'Released ', time(film.releaseDate), where ? ` · ${where}` : '') : null,
    directors.length ? h('p', {}, `Directed by ${directors.join(', ')}`) : null,
    cast.length ? h('p', {}, `With ${cast.join(', ')}`) : null,
    film.synopsis ? h('p', { class: 'synopsis' }, film.synopsis) : null);
}

// Comments

/**
 * @param {api.Article} article
 * @param {api.CommentPage} first
 */
function commentsSection(article, first) {
  const count = article.commentCount;
  const threads = h('ol', { class: 'comments' });
  const form = commentForm(article);
  /** @param {api.Comment[]} comments */
  const add = (comments) => threads.append(...comments.map((comment) => commentItem(comment, form.replyTo)));
  add(first.data);
  const more = moreButton('More comments', async (cursor) => {
    const page = await api.listComments(article.slug, cursor);
    add(page.data);
    return page.meta.nextCursor;
  });
  more.set(first.meta.nextCursor);
  return h('section', { class: 'comments-section', 'aria-labelledby': 'comments-title' },
    h('h2', { id: 'comments-title' }, count === 1 ? '1 comment' : `${count} comments`),
    count === 0 ? h('p', {}, 'No comments yet.') : null,
    threads, more.node, form.node);
}

/**
 * A comment and its replies, nested.
 * @param {api.Comment} comment
 * @param {(comment: api.Comment) => void} replyTo
 * @returns {HTMLLIElement}
 */
function commentItem(comment, replyTo) {
  const name = comment.authorName || 'A reader';
  const reply = comment.depth < 3 ? h('button', { type: 'button', class: 'link-button' }, 'Reply') : null;
  reply?.setAttribute('aria-label', `Reply to ${name}`);
  reply?.addEventListener('click', () => replyTo(comment));
  return h('li', {},
    h('article', { class: 'comment', id: `comment-${comment.id}`, 'aria-label': `Comment by ${name}` },
      h('p', { class: 'comment-meta' }, h('span', { class: 'comment-author' }, name), ' · ', time(comment.createdAt, true)),
      h('p', { class: 'comment-body' }, comment.body),
      reply),
    comment.replies.length
      ? h('ol', { class: 'comments replies' }, comment.replies.map((child) => commentItem(child, replyTo)))
      : null);
}

/**
 * The comment form. A comment waits for a moderator, so the answer to a post is a note, not the comment itself.
 * @param {api.Article} article
 */
function commentForm(article) {
  /** @type {number | undefined} */
  let parentId;
  /** The Idempotency-Key of what is being sent: kept while a send is retried, new once the text changes. */
  /** @type {string | undefined} */
  let key;

  const field = (/** @type {string} */ id, /** @type {string} */ label, /** @type {HTMLElement} */ control,
    /** @type {string} */ hint = '') => h('div', { class: 'field' },
      h('label', { for: id }, label, hint ? h('span', { class: 'hint' }, ` ${hint}`) : null),
      control,
      h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));

  const name = h('input', { id: 'comment-name', name: 'authorName', required: true, maxlength: '80', autocomplete: 'name' });
  const email = h('input', { id: 'comment-email', name: 'authorEmail', type: 'email', maxlength: '254', autocomplete: 'email' });
  const body = h('textarea', { id: 'comment-body', name: 'body', required: true, maxlength: '5000', rows: '5' });
  const website = h('input', { id: 'comment-website', name: 'website', tabindex: '-1', autocomplete: 'off' });
  const replying = h('p', { class: 'replying', hidden: true });
  const status = h('p', { class: 'form-status', role: 'status' });
  const submit = h('button', { type: 'submit' }, 'Post comment');

  const form = h('form', { class: 'comment-form', 'aria-labelledby': 'comment-form-title', novalidate: true },
    h('h3', { id: 'comment-form-title' }, 'Leave a comment'),
    replying,
    field('comment-name', 'Name', name),
    field('comment-email', 'Email', email, '(optional, for the moderators only: never shown)'),
    field('comment-body', 'Comment', body),
    h('div', { class: 'trap', 'aria-hidden': 'true' }, h('label', { for: 'comment-website' }, 'Leave this empty'), website),
    h('p', { class: 'hint' }, 'Comments appear once a moderator approves them.'),
    submit,
    status);

  form.addEventListener('input', () => {
    key = undefined;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.textContent = '';
    if (!form.checkValidity()) {
      for (const control of [name, email, body]) {
        if (!control.checkValidity()) {
          showError(control, control.validationMessage);
        }
      }
      firstInvalid(form)?.focus();
      return;
    }
    key ??= uuid();
    submit.disabled = true;
    status.textContent = 'Sending…';
    try {
      await api.submitComment(article.slug, {
        authorName: name.value,
        authorEmail: email.value || undefined,
        body: body.value,
        parentId,
        website: website.value || undefined,
      }, key);
      form.reset();
      key = undefined;
      setParent(undefined);
      status.textContent = 'Thank you! Your comment is awaiting moderation: it will appear once a moderator approves it.';
    } catch (error) {
      status.textContent = '';
      showProblem(form, error, { authorName: name, authorEmail: email, body });
    } finally {
      submit.disabled = false;
    }
  });

  /** @param {api.Comment | undefined} comment */
  function setParent(comment) {
    parentId = comment?.id;
    replying.replaceChildren();
    replying.hidden = !comment;
    if (comment) {
      const cancel = h('button', { type: 'button', class: 'link-button' }, 'Cancel reply');
      cancel.addEventListener('click', () => setParent(undefined));
      replying.append(`Replying to ${comment.authorName || 'a reader'}. `, cancel);
    }
  }

  return {
    node: form,
    /** @param {api.Comment} comment */
    replyTo(comment) {
      setParent(comment);
      body.focus();
    },
  };
}

/**
 * @param {HTMLFormElement} form
 * @returns {HTMLElement | null}
 */
function firstInvalid(form) {
  return form.querySelector('[aria-invalid="true"]');
}

/** @param {HTMLFormElement} form */
function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  });
  form.querySelectorAll('.field-error, .form-error').forEach((message) => {
    if (message.classList.contains('form-error')) {
      message.remove();
    } else {
      message.textContent = '';
      message.setAttribute('hidden', '');
    }
  });
}

/**
 * @param {HTMLInputElement | HTMLTextAreaElement} control
 * @param {string} message
 */
function showError(control, message) {
  const error = document.getElementById(`${control.id}-error`);
  control.setAttribute('aria-invalid', 'true');
  if (error) {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-describedby', error.id);
  }
}

/**
 * A refusal from the API: each field it names marked at its control, the rest said above the button.
 * @param {HTMLFormElement} form
 * @param {unknown} error
 * @param {Record<string, HTMLInputElement | HTMLTextAreaElement>} controls by JSON pointer name
 */
function showProblem(form, error, controls) {
  let message = describe(error);
  if (error instanceof api.ApiError) {
    for (const fieldError of error.problem?.errors ?? []) {
      const control = controls[(fieldError.pointer ?? '').replace(/^\//, '')];
      if (control) {
        showError(control, fieldError.detail);
      }
    }
    if (error.status === 429) {
      message = `Too many comments from here just now. Please try again in ${error.retryAfter ?? 'a few'} seconds.`;
    }
  }
  const alert = h('p', { class: 'form-error', role: 'alert' }, message);
  form.querySelector('button[type="submit"]')?.before(alert);
  firstInvalid(form)?.focus();
}

// Search

/**
 * @param {string} q
 * @returns {Promise<View>}
 */
async function searchView(q) {
  searchInput.value = q;
  const title = h('h1', { id: 'page-title' }, 'Search');
  if (!q.trim()) {
    return { title: 'Search', node: h('section', {}, title, h('p', {}, 'Type some words to search for.')) };
  }
  const page = await api.search(q);
  const total = page.meta.totalItems ?? page.data.length;
  return {
    title: `Search: ${q}`,
    node: h('section', { 'aria-labelledby': 'page-title' }, title,
      h('p', { class: 'search-summary', role: 'status' }, `${total === 1 ? '1 result' : `${total} results`} for “${q}”`),
      h('ol', { class: 'cards hits' }, page.data.map(hitItem))),
  };
}

const TYPE_NAMES = { article: 'Article', person: 'Person', film: 'Film' };

/** @param {api.SearchHit} hit */
function hitItem(hit) {
  const heading = hit.type === 'article' ? h('a', { href: articleHref(hit.slug) }, hit.title) : hit.title;
  return h('li', {},
    h('article', { class: 'card hit' },
      h('p', { class: 'hit-type' }, TYPE_NAMES[hit.type]),
      h('h2', {}, heading),
      hit.snippet ? h('p', { class: 'snippet' }, snippet(hit.snippet)) : null));
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = searchInput.value.trim();
  if (q) {
    window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
  } else {
    searchInput.focus();
  }
});

window.addEventListener('hashchange', route);
route();
