// HTML articles: main text through Readability over linkedom, metadata from <meta>, JSON-LD and
// <time>, each field with where it came from. The body becomes one paragraph per line and then goes
// through the plain-text reader, so captions, promos and datelines are found the same way.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { ArticleMeta, Boilerplate, IngestedArticle } from '../../core/article.js'
import { ERROR_CODES, ParallaxError } from '../../core/errors.js'
import { trimSpan } from '../../core/span.js'
import { parseDateValue } from '../dates.js'
import { readPlainText } from './plain-text-reader.js'

export interface HtmlOptions {
  input: string
  /** Metadata known from outside (a feed item, a JSON Lines record): wins over the page's own. */
  meta?: Partial<Omit<ArticleMeta, 'input'>>
  /** Treat the HTML as an article fragment (feed content): no Readability, all text is body. */
  fragment?: boolean
  /** Where the page was fetched from, to resolve a relative canonical link. */
  baseUrl?: string
}

// Readability keeps ads that sit inside the article body (DEPENDENCIES.md), and appends a short sibling
// paragraph such as a site's tagline below the article, so containers whose class or id names them as
// ads, promos, share bars or page chrome are removed before it runs.
const NOISE_NAME = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|advertising|sponsored|sponsor|promo|promoted|newsletter|share|sharing|social|related|outbrain|taboola|paywall|cookie|consent|footer|bottom|copyright|colophon|breadcrumbs?|navbar|menu|masthead)(?:$|[\s_-])/i
// Page chrome, removed before Readability too: a page that is nothing but navigation has no text.
const NOISE_TAGS = 'script, style, noscript, template, iframe, svg, form, button, nav, aside, footer, dialog, [role="navigation"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]'
// A page header carries the logo and menus; a header inside the article carries its headline and byline.
const SITE_HEADER = 'header, [role="banner"]'
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE',
  'FIGURE', 'FIGCAPTION', 'TABLE', 'CAPTION', 'TR', 'TD', 'TH', 'HEADER', 'MAIN', 'DL', 'DT', 'DD', 'BR', 'HR', 'ADDRESS',
  'DETAILS', 'SUMMARY',
])

interface Node { nodeType: number; textContent: string | null; tagName?: string; childNodes?: ArrayLike<Node> }

export function readHtml(html: string, options: HtmlOptions): IngestedArticle {
  if (html.trim().length === 0) throw new ParallaxError(ERROR_CODES.EMPTY, options.input, 'the HTML is empty')
  let document: Document
  try {
    document = parseHTML(options.fragment ? `<!doctype html><html><body>${html}</body></html>` : asDocument(html)).document as unknown as Document
  } catch (error) {
    throw new ParallaxError(ERROR_CODES.HTML_PARSE, options.input, `cannot parse HTML: ${(error as Error).message}`)
  }
  const pageMeta = options.fragment ? emptyMeta() : readMeta(document, options.baseUrl)
  const content = options.fragment ? document.body : extractMain(document)
  if (!content) throw new ParallaxError(ERROR_CODES.NO_TEXT, options.input, 'no article text found in the HTML')
  const { text, captions } = blocksToText(content as unknown as Node)
  if (!/\p{L}{2,}/u.test(text)) throw new ParallaxError(ERROR_CODES.NO_TEXT, options.input, 'no article text found in the HTML')

  const merged: Partial<Omit<ArticleMeta, 'input'>> = {
    outlet: options.meta?.outlet ?? pageMeta.outlet,
    title: options.meta?.title ?? pageMeta.title,
    url: options.meta?.url ?? pageMeta.url,
    byline: options.meta?.byline ?? pageMeta.byline,
    publishedAt: options.meta?.publishedAt ?? pageMeta.publishedAt,
    provenance: { ...pageMeta.provenance, ...(options.meta?.provenance ?? {}) },
  }
  const article = readPlainText(text, { input: options.input, meta: merged })
  // figcaptions are captions whatever their wording
  const extra: Boilerplate[] = captions
    .map(([s, e]) => ({ span: trimSpan(text, [s, e]), kind: 'caption' as const }))
    .filter((b) => !article.boilerplate.some((o) => o.span[0] <= b.span[0] && b.span[1] <= o.span[1]))
  article.boilerplate = [...article.boilerplate, ...extra].sort((a, b) => a.span[0] - b.span[0])
  return article
}

const LEADING_HEAD =
  /^(?:\s+|<head(?:\s[^>]*)?>|<title[^>]*>[\s\S]*?<\/title>|<(?:meta|link|base)\b[^>]*>|<style[^>]*>[\s\S]*?<\/style>|<script[^>]*>[\s\S]*?<\/script>|<!--[\s\S]*?-->)*/i

/**
 * HTML5 lets a page leave out <html>, <head> and <body>, but linkedom does not build the implied
 * elements: without explicit tags its body stays empty. Such a page is rebuilt with them.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html
  const inner = html.replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>|<\/?body(?:\s[^>]*)?>/gi, '')
  const headEnd = /<\/head\s*>/i.exec(inner)
  // without </head>, the head is the run of head-only elements the page opens with
  const headLength = headEnd ? headEnd.index + headEnd[0].length : (LEADING_HEAD.exec(inner)?.[0].length ?? 0)
  const head = inner.slice(0, headLength).replace(/<\/?head(?:\s[^>]*)?>/gi, '')
  const body = inner.slice(headLength)
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
}

// A container named like noise can still hold the article ('article-body share-enabled', 'story ad-free'):
// one with this much paragraph text, mostly not links, is kept. The ad, promo and share blocks of the
// fixtures and the demo corpus hold under 150 characters; two short news paragraphs hold about 400.
const CONTENT_MIN_CHARS = 400
const CONTENT_MAX_LINK_DENSITY = 0.3

function looksLikeContent(el: Element): boolean {
  const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim()
  const prose = [...el.querySelectorAll('p')].map((p) => squash(p.textContent)).join(' ')
  if (prose.length < CONTENT_MIN_CHARS) return false
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + squash(a.textContent).length, 0)
  return linked / Math.max(1, squash(el.textContent).length) < CONTENT_MAX_LINK_DENSITY
}

function extractMain(document: Document): unknown {
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (NOISE_NAME.test(name) && !['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(el.tagName) && !looksLikeContent(el)) el.remove()
  }
  for (const el of [...document.querySelectorAll(NOISE_TAGS)]) el.remove()
  for (const el of [...document.querySelectorAll(SITE_HEADER)]) if (!el.closest('article, main, [role="main"]')) el.remove()
  const parsed = new Readability(document.cloneNode(true) as Document, {
    serializer: (node: unknown) => node,
    charThreshold: 200,
  }).parse()
  if (parsed?.content) return parsed.content
  // Readability gives up on short pages; fall back to the body, already without its chrome
  return document.body
}

/** Renders block structure as one paragraph per line; remembers which lines are figure captions. */
function blocksToText(root: Node): { text: string; captions: [number, number][] } {
  const lines: { text: string; caption: boolean }[] = []
  let current = ''
  let inCaption = 0
  const flush = () => {
    const line = current.replace(/[ \t\u00a0\r\n]+/g, ' ').trim()
    if (line) lines.push({ text: line, caption: inCaption > 0 })
    current = ''
  }
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const tag = (node.tagName ?? '').toUpperCase()
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return
    const block = BLOCK_TAGS.has(tag)
    if (block) flush()
    if (tag === 'FIGCAPTION') inCaption++
    for (const child of Array.from(node.childNodes ?? [])) walk(child)
    if (block) flush()
    if (tag === 'FIGCAPTION') inCaption--
  }
  walk(root)
  flush()
  let text = ''
  const captions: [number, number][] = []
  for (const line of lines) {
    if (text) text += '\n'
    if (line.caption) captions.push([text.length, text.length + line.text.length])
    text += line.text
  }
  return { text, captions }
}

type PageMeta = Omit<ArticleMeta, 'input'>

function emptyMeta(): PageMeta {
  return { outlet: null, title: null, url: null, byline: null, publishedAt: null, provenance: {} }
}

function readMeta(document: Document, baseUrl: string | undefined): PageMeta {
  const meta = emptyMeta()
  const ld = readJsonLd(document)
  const metaContent = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null
  const pick = (field: keyof Omit<PageMeta, 'publishedAt' | 'provenance'>, candidates: [string, string | null | undefined][]) => {
    for (const [source, value] of candidates) {
      const clean = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
      if (clean) {
        meta[field] = clean
        meta.provenance[field] = source
        return
      }
    }
  }
  pick('title', [
    ['meta:og:title', metaContent('meta[property="og:title"]')],
    ['meta:twitter:title', metaContent('meta[name="twitter:title"]')],
    ['json-ld:headline', ld.headline],
    ['h1', document.querySelector('article h1, h1')?.textContent],
    ['title', document.querySelector('title')?.textContent],
  ])
  pick('outlet', [
    ['meta:og:site_name', metaContent('meta[property="og:site_name"]')],
    ['json-ld:publisher', ld.publisher],
    ['meta:application-name', metaContent('meta[name="application-name"]')],
  ])
  // a relative canonical link is resolved against the page's address; one that cannot be is no url
  const ogUrl = metaContent('meta[property="og:url"]')
  const base = baseUrl ?? document.querySelector('base[href]')?.getAttribute('href') ?? [ogUrl, ld.url].find((u) => u && ABSOLUTE_URL.test(u))
  const absolute = (value: string | null | undefined) => {
    if (!value?.trim() || ABSOLUTE_URL.test(value.trim())) return value
    try {
      return new URL(value.trim(), base ?? undefined).toString()
    } catch {
      return null
    }
  }
  pick('url', [
    ['link:canonical', absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))],
    ['meta:og:url', absolute(ogUrl)],
    ['json-ld:url', absolute(ld.url)],
  ])
  pick('byline', [
    ['meta:author', metaContent('meta[name="author"]')],
    ['json-ld:author', ld.author],
    ['rel:author', document.querySelector('[rel="author"]')?.textContent],
  ])
  const dates: [string, string | null | undefined][] = [
    ['meta:article:published_time', metaContent('meta[property="article:published_time"]')],
    ['json-ld:datePublished', ld.datePublished],
    ['meta:itemprop:datePublished', document.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ?? document.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')],
    ['meta:date', metaContent('meta[name="date"], meta[name="pubdate"], meta[name="publishdate"], meta[name="DC.date.issued"], meta[name="dc.date"], meta[name="parsely-pub-date"], meta[name="sailthru.date"]')],
    ['time', document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')],
  ]
  for (const [source, value] of dates) {
    const parsed = value ? parseDateValue(value) : null
    if (parsed) {
      meta.publishedAt = { ...parsed, inferred: false, source }
      meta.provenance.publishedAt = source
      break
    }
  }
  return meta
}

interface LdFields {
  headline?: string
  publisher?: string
  author?: string
  url?: string
  datePublished?: string
}

const ABSOLUTE_URL = /^https?:\/\//i
const ARTICLE_NODE = /Article|BlogPosting|Report/
const PAGE_NODE = /WebPage/

function readJsonLd(document: Document): LdFields {
  const nodes: Record<string, unknown>[] = []
  for (const script of [...document.querySelectorAll('script[type="application/ld+json"]')]) {
    try {
      nodes.push(...flattenLd(JSON.parse(script.textContent ?? '')))
    } catch {
      continue // a broken JSON-LD block is common and never fatal: the page has other metadata
    }
  }
  const typeOf = (node: Record<string, unknown>) => [node['@type']].flat().join(' ')
  // the article's own node first: a WebPage node's name is often the <title> with the site's suffix
  const ranked = [...nodes.filter((n) => ARTICLE_NODE.test(typeOf(n))), ...nodes.filter((n) => !ARTICLE_NODE.test(typeOf(n)) && PAGE_NODE.test(typeOf(n)))]
  const found: LdFields = {}
  for (const node of ranked) {
    found.headline ??= asString(node.headline) ?? asString(node.name)
    found.datePublished ??= asString(node.datePublished) ?? asString(node.dateCreated)
    found.publisher ??= ldName(node.publisher)
    found.author ??= ldName(node.author)
    found.url ??= asString(node.url) ?? ldName(node.mainEntityOfPage)
  }
  return found
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd)
  if (data && typeof data === 'object') {
    const node = data as Record<string, unknown>
    return [node, ...(node['@graph'] ? flattenLd(node['@graph']) : [])]
  }
  return []
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function ldName(value: unknown): string | undefined {
  if (typeof value === 'string') return asString(value)
  if (Array.isArray(value)) {
    const names = value.map(ldName).filter((v): v is string => Boolean(v))
    return names.length ? names.join(', ') : undefined
  }
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    return asString(node.name) ?? asString(node['@id'])
  }
  return undefined
}
