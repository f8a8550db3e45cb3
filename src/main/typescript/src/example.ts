/**
 * A typed client of the Content API in a few lines: openapi-fetch over the types that openapi-typescript generates
 * from the API's own OpenAPI document (`npm run generate`). Paths, parameters, bodies, answers and problems are all
 * typed: a misspelt parameter or field is a compile error, not a 400 at run time.
 *
 *   npm run generate && npm run build && npm run example -- http://localhost:8080
 */
import createClient from "openapi-fetch";

import type { components, paths } from "../generated/content-api";

export type Article = components["schemas"]["Article"];
export type Person = components["schemas"]["Person"];
export type Problem = components["schemas"]["Problem"];

/** A client of the API at this base URL (the scheme, host and port; the paths start with /api/v1). */
export function contentApi(baseUrl: string) {
  return createClient<paths>({ baseUrl });
}

export type ContentApi = ReturnType<typeof contentApi>;

function fail(operation: string, problem: Problem | undefined, response: Response): never {
  throw new Error(`${operation}: ${response.status} ${problem?.title ?? ""} ${problem?.detail ?? ""}`.trim());
}

/** The newest published articles, each with its author's name. */
export async function latestArticles(api: ContentApi, size = 5): Promise<Article[]> {
  const { data, error, response } = await api.GET("/api/v1/articles", {
    params: { query: { size, include: "author" } },
  });
  if (!data) fail("listArticles", error, response);
  return data.data;
}

/** One article and the whole record of its author (include=author), when it has one. */
export async function articleWithAuthor(api: ContentApi, slug: string): Promise<{ article: Article; author?: Person }> {
  const { data, error, response } = await api.GET("/api/v1/articles/{slug}", {
    params: { path: { slug }, query: { include: "author" } },
  });
  if (!data) fail("getArticle", error, response);
  const author = data.included?.people?.find((person) => person.slug === data.data.author?.slug);
  return { article: data.data, author };
}

/** Comments on an article; it waits for a moderator (status `pending`). Safe to retry with the same key. */
export async function comment(api: ContentApi, slug: string, authorName: string, body: string) {
  const { data, error, response } = await api.POST("/api/v1/articles/{slug}/comments", {
    params: { path: { slug }, header: { "Idempotency-Key": crypto.randomUUID() } },
    body: { authorName, body },
  });
  if (!data) fail("submitComment", error, response);
  return data;
}

/** What the types catch before anything is sent: each line below would be a 400 or a 422, and does not compile. */
export function mistakesTheTypesCatch(api: ContentApi) {
  // @ts-expect-error: listArticles has no parameter "sise"
  void api.GET("/api/v1/articles", { params: { query: { sise: 5 } } });
  // @ts-expect-error: size is a number
  void api.GET("/api/v1/articles", { params: { query: { size: "five" } } });
  // @ts-expect-error: getArticle needs its slug
  void api.GET("/api/v1/articles/{slug}", {});
  // @ts-expect-error: a comment needs a body
  void api.POST("/api/v1/articles/{slug}/comments", { params: { path: { slug: "x" } }, body: { authorName: "x" } });
  // @ts-expect-error: there is no /api/v1/article
  void api.GET("/api/v1/article");
}

async function main(baseUrl: string, slug: string) {
  const api = contentApi(baseUrl);
  for (const article of await latestArticles(api)) {
    console.log(`article: ${article.title} (${article.author?.name ?? "no author"})`);
  }
  const { article, author } = await articleWithAuthor(api, slug);
  console.log(`one article: ${article.title}, by ${author?.name ?? "nobody"}: ${author?.shortBio ?? ""}`);
  const submitted = await comment(api, slug, "A TypeScript reader", "Typed all the way down.");
  console.log(`comment ${submitted.id}: ${submitted.status}`);
}

const [baseUrl, slug] = process.argv.slice(2);
if (baseUrl && slug) {
  main(baseUrl, slug).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
