// Metadata a sender gives alongside an article (an API request, an upload form): checked here, named
// by field when it is wrong, and recorded in provenance as supplied, so it wins over the content's own.
import type { ArticleMeta } from '../core/article.js'
import { ERROR_CODES, ParallaxError } from '../core/errors.js'
import { parseDateValue } from './dates.js'
import { isUrl } from './fetch-url.js'

export interface SuppliedMeta {
  outlet?: string
  title?: string
  url?: string
  byline?: string
  /** A date as sources write it: ISO 8601, RFC 822, `12 February 2026`. */
  publishedAt?: string
}

export const SUPPLIED_META_FIELDS = ['outlet', 'title', 'url', 'byline', 'publishedAt'] as const satisfies readonly (keyof SuppliedMeta)[]

/** The metadata a reader takes as `meta`; a wrong field is a usage error whose input is the field's name. */
export function toArticleMeta(supplied: SuppliedMeta): Partial<Omit<ArticleMeta, 'input'>> {
  const meta: Partial<Omit<ArticleMeta, 'input'>> = { provenance: {} }
  for (const name of ['title', 'outlet', 'byline', 'url'] as const) {
    const value = supplied[name]?.trim()
    if (!value) continue
    if (name === 'url' && !isUrl(value)) throw new ParallaxError(ERROR_CODES.USAGE, 'url', `not an http(s) URL: ${JSON.stringify(value)}`)
    meta[name] = value
    meta.provenance![name] = `supplied:${name}`
  }
  const published = supplied.publishedAt?.trim()
  if (published) {
    const parsed = parseDateValue(published)
    if (!parsed) throw new ParallaxError(ERROR_CODES.USAGE, 'publishedAt', `not a date: ${JSON.stringify(published)}`)
    meta.publishedAt = { ...parsed, inferred: false, source: 'supplied:publishedAt' }
    meta.provenance!.publishedAt = 'supplied:publishedAt'
  }
  return meta
}
