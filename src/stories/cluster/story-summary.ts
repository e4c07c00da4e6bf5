// What a list of stories shows: a title, the articles, the outlets (copies' outlets included), how many
// independent sources (stored articles; syndicated copies are not independent) and the dates covered.
import type { PublishedAt } from '../../core/article.js'

/** A story member as far as the summary needs it (the store's member records have this shape). */
export interface StoryMemberInfo {
  id: string
  outlet: string | null
  title: string | null
  publishedAt: PublishedAt | null
  copies: readonly { outlet: string | null; publishedAt: PublishedAt | null }[]
}

export interface StorySummary {
  id: string
  title: string
  /** Article ids in the order they joined the story. */
  articles: string[]
  /** Outlets of the articles and of their syndicated copies, in order of appearance. */
  outlets: string[]
  /** Distinct stored articles: a syndicated copy adds an outlet, not a source. */
  independentSources: number
  firstPublished: string | null
  lastPublished: string | null
  updatedAt: string
}

export const TITLE_LENGTH = 100

/** Cuts text to a title: whole words, an ellipsis when shortened. */
export function cutTitle(text: string, length = TITLE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`
}

/** Members ordered by publication (undated last), then by the order they joined: the "earliest" first. */
export function byPublication<T extends StoryMemberInfo>(members: readonly T[]): T[] {
  return members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const x = a.m.publishedAt?.value
      const y = b.m.publishedAt?.value
      if (x !== y) return x === undefined ? 1 : y === undefined ? -1 : x < y ? -1 : 1
      return a.i - b.i
    })
    .map(({ m }) => m)
}

/**
 * The summary of a story. `firstSentence` gives the first sentence of an article; it is asked only
 * when no article has a title, for the earliest article.
 */
export async function summariseStory(
  story: { id: string; updatedAt: string; articles: readonly StoryMemberInfo[] },
  firstSentence: (articleId: string) => Promise<string | null>,
): Promise<StorySummary> {
  const earliest = byPublication(story.articles)
  const titled = earliest.find((m) => m.title)
  const title = titled ? cutTitle(titled.title!) : earliest[0] ? cutTitle((await firstSentence(earliest[0].id)) ?? '') : ''
  const outlets: string[] = []
  const dates: string[] = []
  for (const m of story.articles) {
    for (const item of [m, ...m.copies]) {
      if (item.outlet && !outlets.includes(item.outlet)) outlets.push(item.outlet)
      if (item.publishedAt) dates.push(item.publishedAt.value)
    }
  }
  dates.sort()
  return {
    id: story.id,
    title: title || 'Untitled story',
    articles: story.articles.map((m) => m.id),
    outlets,
    independentSources: story.articles.length,
    firstPublished: dates[0] ?? null,
    lastPublished: dates[dates.length - 1] ?? null,
    updatedAt: story.updatedAt,
  }
}
