// The UI's calls to the HTTP API, typed by the engine's own types; every failure becomes an ApiError
// carrying the API's code and message.
import type { ArticleSummary, CanonicalEntity, SearchHit, StoredQuote, StorySummary } from '../../engine.js'
import type { StoryPage } from '../http/http-stories.js'

export type { StoryPage, StoryPageArticle } from '../http/http-stories.js'
export type { ArticleSummary, CanonicalEntity, SearchHit, StoredQuote, StorySummary } from '../../engine.js'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface Page {
  total: number
  limit: number
  offset: number
}

// The API's largest page; lists longer than this are read page by page.
const PAGE_MAX = 500
// Reading a list stops after this many pages (100,000 items): the UI is a reader, not an export.
const MAX_PAGES = 200

export async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } }
    return new ApiError(response.status, body.error?.code ?? 'PARALLAX_ERR_HTTP', body.error?.message ?? response.statusText)
  } catch {
    return new ApiError(response.status, 'PARALLAX_ERR_HTTP', `${response.status} ${response.statusText}`)
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } })
  if (!response.ok) throw await errorOf(response)
  return (await response.json()) as T
}

/** Every item of a paged list. */
async function all<T, K extends string>(path: string, key: K): Promise<T[]> {
  const out: T[] = []
  const sep = path.includes('?') ? '&' : '?'
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await getJson<Page & Record<K, T[]>>(`${path}${sep}limit=${PAGE_MAX}&offset=${page * PAGE_MAX}`)
    out.push(...body[key])
    if (out.length >= body.total || body[key].length === 0) break
  }
  return out
}

export const api = {
  stories: () => all<StorySummary, 'stories'>('/stories', 'stories'),
  story: (id: string) => getJson<StoryPage>(`/stories/${encodeURIComponent(id)}`),
  articles: () => all<ArticleSummary, 'articles'>('/articles', 'articles'),
  entities: () => all<CanonicalEntity, 'entities'>('/entities', 'entities'),
  entity: (id: string) => getJson<CanonicalEntity>(`/entities/${encodeURIComponent(id)}`),
  quotesBy: (speaker: string) => all<StoredQuote, 'quotes'>(`/quotes?speaker=${encodeURIComponent(speaker)}`, 'quotes'),
  search: (q: string) => getJson<{ query: string; hits: SearchHit[] }>(`/search?q=${encodeURIComponent(q)}&limit=50`),
}

/** Article id → the story it belongs to. */
export function storyOfArticles(stories: readonly StorySummary[]): Map<string, StorySummary> {
  return new Map(stories.flatMap((s) => s.articles.map((a) => [a, s] as const)))
}
