// RSS 2.0 and Atom feeds: items with full content become articles directly; items that only link to
// the article are returned as links for the caller to fetch.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ArticleMeta } from '../../core/article.js'
import { asParallaxError, ERROR_CODES, ParallaxError } from '../../core/errors.js'
import { parseDateValue } from '../dates.js'
import type { ReadResult } from './read-result.js'
import { readHtml } from './html-reader.js'

// An item's `content:encoded` (RSS) or `content` (Atom) is the article itself. A `description` or
// `summary` is usually a teaser: it is taken as the article only when it has at least this many
// characters of text, or when there is no link to fetch instead. Feeds of full articles run to
// thousands of characters, teasers to one or two sentences.
export const FULL_CONTENT_MIN_CHARS = 400
// A content element with less text than this (`<p>Read the full story</p>`) is no article either.
export const CONTENT_MIN_CHARS = 80

export interface FeedItemLink {
  input: string
  url: string
  meta: Partial<Omit<ArticleMeta, 'input'>>
}

export interface FeedReadResult {
  results: ReadResult[]
  links: FeedItemLink[]
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
  // keep every value as written: a guid `000123` or a title `007` is text, not a number
  parseTagValue: false,
  parseAttributeValue: false,
})

export function looksLikeFeed(content: string): boolean {
  const head = content.slice(0, 2000)
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head)
}

export function readFeed(content: string, input: string): FeedReadResult {
  if (!content.trim()) throw new ParallaxError(ERROR_CODES.EMPTY, input, 'the feed is empty')
  const valid = XMLValidator.validate(content)
  if (valid !== true) {
    const { msg, line, col } = valid.err
    // fast-xml-parser reports a truncated file as "Invalid '[ "rss", "channel" ]' found" at 1:1
    const unclosed = /^Invalid '\[([\s\S]*)\]' found/.exec(msg)
    if (unclosed) {
      const tags = unclosed[1]!.split(',').map((t) => t.trim().replace(/^"|"$/g, '')).filter(Boolean)
      const lines = content.trimEnd().split(/\r?\n/)
      const end = `line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`
      throw new ParallaxError(ERROR_CODES.FEED_PARSE, input, `malformed XML: the file ends at ${end} inside unclosed elements <${tags.join('>, <')}>`)
    }
    throw new ParallaxError(ERROR_CODES.FEED_PARSE, input, `malformed XML at line ${line}, column ${col}: ${msg}`)
  }
  const doc = parser.parse(content) as Record<string, any>
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel
  const atom = doc.feed
  if (!channel && !atom) throw new ParallaxError(ERROR_CODES.FEED_PARSE, input, 'neither an RSS channel nor an Atom feed')

  const outlet = text(channel ? channel.title : atom.title)
  const items: Record<string, any>[] = channel ? (channel.item ?? doc['rdf:RDF']?.item ?? []) : (atom.entry ?? [])
  const out: FeedReadResult = { results: [], links: [] }
  items.forEach((item, index) => {
    const id = text(item.guid) ?? text(item.id) ?? String(index + 1)
    const itemInput = `${input}#${id}`
    const link = channel ? text(item.link?.[0]) : atomLink(item.link)
    const meta: Partial<Omit<ArticleMeta, 'input'>> = { provenance: {} }
    const set = (field: 'title' | 'url' | 'byline' | 'outlet', value: string | null, source: string) => {
      if (value) {
        meta[field] = value
        meta.provenance![field] = source
      }
    }
    set('outlet', outlet, 'feed:title')
    set('title', text(item.title), 'feed:item:title')
    set('url', link, 'feed:item:link')
    set('byline', text(item['dc:creator']) ?? text(item.author?.name) ?? text(item.author), 'feed:item:author')
    const dateRaw = text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated)
    const date = dateRaw ? parseDateValue(dateRaw) : null
    if (date) {
      meta.publishedAt = { ...date, inferred: false, source: 'feed:item:date' }
      meta.provenance!.publishedAt = 'feed:item:date'
    }
    const content = text(item['content:encoded']) ?? text(item.content)
    const teaser = text(item.description) ?? text(item.summary)
    const contentChars = content ? plainLength(content) : 0
    const teaserChars = teaser ? plainLength(teaser) : 0
    const body =
      content && (contentChars >= CONTENT_MIN_CHARS || !link) ? content : teaser && (teaserChars >= FULL_CONTENT_MIN_CHARS || !link) ? teaser : null
    if (body && /\p{L}{2,}/u.test(body)) {
      try {
        out.results.push({ input: itemInput, article: readHtml(body, { input: itemInput, meta, fragment: true }) })
      } catch (error) {
        out.results.push({ input: itemInput, error: asParallaxError(error, itemInput, ERROR_CODES.NO_TEXT) })
      }
    } else if (link) {
      out.links.push({ input: itemInput, url: link, meta })
    } else {
      out.results.push({
        input: itemInput,
        error: new ParallaxError(ERROR_CODES.NO_TEXT, itemInput, 'the feed item has neither text nor a link'),
      })
    }
  })
  return out
}

/** Characters of text in an HTML fragment, tags and runs of whitespace not counted. */
function plainLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().length
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (typeof value === 'object' && '#text' in (value as object)) return text((value as Record<string, unknown>)['#text'])
  return null
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? links : links ? [links] : []
  const alternate = list.find((l) => typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate')) ?? list[0]
  if (!alternate) return null
  return typeof alternate === 'string' ? alternate : (alternate['@href'] ?? null)
}
