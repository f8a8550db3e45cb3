// @ts-check
/**
 * The calls this front end makes to the Content API, on the same origin. The types come from the API's own OpenAPI
 * document (src/main/typescript: `npm run generate`, then `npm run check` type-checks this file against them), so a
 * change of the contract that breaks the front end fails the build.
 */

/** @typedef {import('../../../../typescript/generated/content-api').paths} Paths */
/** @typedef {import('../../../../typescript/generated/content-api').components['schemas']} Schemas */
/** @typedef {Schemas['Article']} Article */
/** @typedef {Schemas['ArticlePage']} ArticlePage */
/** @typedef {Schemas['ArticleDocument']} ArticleDocument */
/** @typedef {Schemas['Comment']} Comment */
/** @typedef {Schemas['CommentPage']} CommentPage */
/** @typedef {Schemas['CommentRequest']} CommentRequest */
/** @typedef {Schemas['SubmittedComment']} SubmittedComment */
/** @typedef {Schemas['Film']} Film */
/** @typedef {Schemas['Person']} Person */
/** @typedef {Schemas['SearchHit']} SearchHit */
/** @typedef {Schemas['SearchPage']} SearchPage */
/** @typedef {Schemas['Problem']} Problem */

/** An answer that is not a success: its status and, when the API sent one, its RFC 9457 problem. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Problem | null} problem
   * @param {string | null} retryAfter
   */
  constructor(status, problem, retryAfter) {
    super(problem?.detail ?? problem?.title ?? `The API answered ${status}.`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/**
 * @typedef {Record<string, string | number | readonly string[] | undefined>} Query
 */

/**
 * @param {string} path
 * @param {Query} [query] a parameter with several values is repeated
 */
function url(path, query = {}) {
  const target = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined) {
        target.searchParams.append(name, String(one));
      }
    }
  }
  return target;
}

/**
 * @param {Response} response
 * @returns {Promise<any>}
 */
async function read(response) {
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, body, response.headers.get('Retry-After'));
  }
  return body;
}

/**
 * @param {string} path
 * @param {Query} [query]
 */
async function get(path, query) {
  return read(await fetch(url(path, query), { headers: { Accept: 'application/json' } }));
}

const segment = encodeURIComponent;

/**
 * The newest published articles, a page at a time, with their authors' records.
 * @param {string} [cursor] `meta.nextCursor` of the page before
 * @returns {Promise<ArticlePage>}
 */
export function listArticles(cursor) {
  /** @type {NonNullable<Paths['/api/v1/articles']['get']['parameters']['query']>} */
  const query = { size: 10, include: 'author', cursor };
  return get('/api/v1/articles', query);
}

/**
 * One published article, with the records of its author, the people it is about and its films.
 * @param {string} slug
 * @returns {Promise<ArticleDocument>}
 */
export function getArticle(slug) {
  /** @type {NonNullable<Paths['/api/v1/articles/{slug}']['get']['parameters']['query']>} */
  const query = { include: 'author,films' };
  return get(`/api/v1/articles/${segment(slug)}`, query);
}

/**
 * An article's approved comments, as threads.
 * @param {string} slug
 * @param {string} [cursor]
 * @returns {Promise<CommentPage>}
 */
export function listComments(slug, cursor) {
  /** @type {NonNullable<Paths['/api/v1/articles/{slug}/comments']['get']['parameters']['query']>} */
  const query = { size: 20, cursor };
  return get(`/api/v1/articles/${segment(slug)}/comments`, query);
}

/**
 * One ranked search across articles, people and films.
 * @param {string} q
 * @returns {Promise<SearchPage>}
 */
export function search(q) {
  /** @type {Paths['/api/v1/search']['get']['parameters']['query']} */
  const query = { q, size: 20 };
  return get('/api/v1/search', query);
}

/**
 * Sends a comment; it waits for a moderator. The same key makes a retry safe: the API posts it once.
 * @param {string} slug
 * @param {CommentRequest} comment
 * @param {string} idempotencyKey
 * @returns {Promise<SubmittedComment>}
 */
export async function submitComment(slug, comment, idempotencyKey) {
  const response = await fetch(url(`/api/v1/articles/${segment(slug)}/comments`), {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(comment),
  });
  return read(response);
}
