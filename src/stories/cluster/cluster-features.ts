// What story clustering knows of an article: its content words, the people, organisations and places it
// names, and the days it was published on (an inferred date counts with its whole range).
import type { Annotation } from '../../core/annotation.js'
import type { Article, PublishedAt } from '../../core/article.js'
import type { EntityData } from '../../analyze/entities/entities-analyzer.js'
import { analysableParagraphs } from '../../analyze/regions.js'
import { daysInMonth, parseYmd, toDays } from '../../analyze/time/calendar.js'
import { termCounts } from './cluster-terms.js'

export interface ArticleFeatures {
  articleId: string
  /** Content word → how often it occurs in the body and title. */
  terms: Map<string, number>
  /** Entity key ('PERSON:yuri ushakov', 'PERSON~ushakov' for the surname, 'PLACE:moscow') → how often it is mentioned. */
  entities: Map<string, number>
  /** Entity key → the name to show in reasons. */
  entityNames: Map<string, string>
  /** Days since 1970-01-01 of the earliest and latest possible publication day; null when undated. */
  days: readonly [number, number] | null
  /** Calendar years written in the body and title ("in 2013", "June 13, 2013"). */
  years: Set<number>
}

const CLUSTERED_TYPES: Record<string, string> = { PERSON: 'PERSON', ORG: 'ORG', GPE: 'PLACE', LOC: 'PLACE' }

const normName = (name: string) => name.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()

/** The keys an entity is counted under: its type family and name, and for a person also the surname alone. */
export function entityKeys(type: string, name: string): string[] {
  const family = CLUSTERED_TYPES[type]
  if (!family) return []
  const norm = normName(name)
  if (!norm) return []
  const keys = [`${family}:${norm}`]
  const words = norm.split(' ')
  // a report that names only "Ushakov" still shares the person with one that says "Yuri Ushakov"
  if (family === 'PERSON' && words.length > 1) keys.push(`PERSON~${words[words.length - 1]}`)
  return keys
}

/** The publication day range of an article in days since the epoch (a month or year date spans it). */
export function publicationDays(published: PublishedAt | null): readonly [number, number] | null {
  if (!published) return null
  const day = (value: string): [number, number] | null => {
    const ymd = parseYmd(value)
    if (ymd) return [toDays(ymd), toDays(ymd)]
    const month = /^(\d{4})-(\d{2})$/.exec(value)
    if (month) {
      const year = Number(month[1])
      const m = Number(month[2])
      if (m < 1 || m > 12) return null
      return [toDays({ year, month: m, day: 1 }), toDays({ year, month: m, day: daysInMonth(year, m) })]
    }
    const year = /^(\d{4})$/.exec(value)
    if (year) return [toDays({ year: Number(year[1]), month: 1, day: 1 }), toDays({ year: Number(year[1]), month: 12, day: 31 })]
    return null
  }
  const first = day(published.value)
  if (!first) return null
  const last = published.latest ? day(published.latest) : null
  return [first[0], Math.max(first[1], last?.[1] ?? first[1])]
}

/** Years from 1900 to 2099 written as four digits on their own. */
export function yearsIn(pieces: readonly string[]): Set<number> {
  const years = new Set<number>()
  for (const piece of pieces) for (const m of piece.matchAll(/(?<![\p{N}.,])(19\d\d|20\d\d)(?![\p{N}\p{L}]|[.,]\d)/gu)) years.add(Number(m[1]))
  return years
}

/** Features of a stored article from its text, title, publication date and entities layer. */
export function articleFeatures(article: Article, entities: readonly Annotation<EntityData>[] = []): ArticleFeatures {
  const body = analysableParagraphs(article).map(([s, e]) => article.text.slice(s, e))
  const pieces = article.meta.title ? [article.meta.title, ...body] : body
  const entityCounts = new Map<string, number>()
  const entityNames = new Map<string, string>()
  for (const e of entities) {
    for (const key of entityKeys(e.data.type, e.data.name)) {
      entityCounts.set(key, (entityCounts.get(key) ?? 0) + Math.max(1, e.data.mentions.length))
      if (!entityNames.has(key)) entityNames.set(key, e.data.name)
    }
  }
  return {
    articleId: article.id,
    terms: termCounts(pieces),
    entities: entityCounts,
    entityNames,
    days: publicationDays(article.meta.publishedAt),
    years: yearsIn(pieces),
  }
}
