// Plain-text articles as agencies and archives deliver them: an optional `date YYYY-MM-DD` prefix, a photo
// caption and credit, optional headline, a dateline (`Moscow/Kyiv — `), then one paragraph per line.
import type { ArticleMeta, Boilerplate, BoilerplateKind, Dateline, IngestedArticle, PublishedAt } from '../../core/article.js'
import { ERROR_CODES, ParallaxError } from '../../core/errors.js'
import type { Span } from '../../core/span.js'
import { trimSpan } from '../../core/span.js'
import { parseDateValue } from '../dates.js'
import { bylineOf, dateOfDateLine, isCaptionWithCredit, isCreditLine, isPromoLine, isShortEnoughForCaption } from './boilerplate-lines.js'
import { findDateline, matchDateline } from './dateline.js'

export interface PlainTextOptions {
  input: string
  /** Metadata known from outside the text (a JSON Lines record, a feed item) wins over what the text says. */
  meta?: Partial<Omit<ArticleMeta, 'input'>>
}

interface Line {
  span: Span
  text: string
}

const DATE_PREFIX = /^[ \t]*(date)[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)/i
const MAX_TITLE = 200
const TERMINAL = /[.!?…:"”’')\]]$/
// Bylines and date lines sit above the body: only this many lines at the top are looked at.
const HEADER_LINES = 6
const MAX_HEADER_LINE = 120

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const match of text.matchAll(/\r\n|\n|\r|\u2028|\u2029/g)) {
    lines.push({ span: [start, match.index], text: text.slice(start, match.index) })
    start = match.index + match[0].length
  }
  lines.push({ span: [start, text.length], text: text.slice(start) })
  return lines
}

export function readPlainText(raw: string, options: PlainTextOptions): IngestedArticle {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw
  if (text.trim().length === 0) throw new ParallaxError(ERROR_CODES.EMPTY, options.input, 'the text is empty')
  if (text.includes('\u0000')) throw new ParallaxError(ERROR_CODES.UNSUPPORTED, options.input, 'binary content, not text')

  const boilerplate: Boilerplate[] = []
  const provenance: Record<string, string> = {}
  const add = (span: Span, kind: BoilerplateKind) => {
    const trimmed = trimSpan(text, span)
    if (trimmed[1] > trimmed[0]) boilerplate.push({ span: trimmed, kind })
  }
  const covered = (line: Line) => {
    const [start, end] = trimSpan(text, line.span)
    return boilerplate.some((b) => b.span[0] <= start && end <= b.span[1])
  }

  let publishedAt: PublishedAt | null = null
  let byline: string | null = null
  const lines = splitLines(text)
  const dateMatch = DATE_PREFIX.exec(text)
  if (dateMatch && parseDateValue(dateMatch[2]!)) {
    const at = dateMatch.index + dateMatch[0].length - dateMatch[0].trimStart().length
    const end = dateMatch.index + dateMatch[0].length
    add([at, end], 'date-line')
    publishedAt = { value: dateMatch[2]!, precision: 'day', inferred: false, source: 'date-prefix' }
    provenance.publishedAt = 'date-prefix'
    // the rest of the first line is read as a line of its own
    const first = lines[0]!
    lines[0] = { span: [end, first.span[1]], text: text.slice(end, first.span[1]) }
  }

  lines.forEach((line, i) => {
    const trimmed = line.text.trim()
    if (!trimmed) return
    if (isCreditLine(trimmed)) {
      add(line.span, 'credit')
      // the caption is the line just before its credit, when that line is short and not already taken
      // (a byline or a date line just above a bare credit is not its caption)
      const previous = previousNonEmpty(lines, i)
      const above = previous?.text.trim() ?? ''
      if (previous && isShortEnoughForCaption(above) && !covered(previous) && !isHeaderLine(above, options.meta?.byline ?? null)) {
        add(previous.span, 'caption')
      }
    } else if (isCaptionWithCredit(trimmed) && !matchDateline(trimmed)) {
      add(line.span, 'caption')
    } else if (isPromoLine(trimmed)) {
      add(line.span, 'promo')
    }
  })

  // bylines and date lines: only above the body, which starts at the first long line or a dateline
  let seen = 0
  for (const line of lines) {
    const trimmed = line.text.trim()
    if (!trimmed || covered(line)) continue
    if (++seen > HEADER_LINES || trimmed.length > MAX_HEADER_LINE || matchDateline(trimmed)) break
    const name = bylineOf(trimmed, options.meta?.byline ?? null)
    const date = name ? null : dateOfDateLine(trimmed)
    if (name) {
      add(line.span, 'byline')
      if (!byline) {
        byline = name
        provenance.byline = 'byline-line'
      }
    } else if (date) {
      add(line.span, 'date-line')
      if (!publishedAt) {
        publishedAt = { ...date, inferred: false, source: 'date-line' }
        provenance.publishedAt = 'date-line'
      }
    }
  }
  boilerplate.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])

  const body = lines.filter((line) => line.text.trim() && !covered(line))
  let title: string | null = null
  let firstBody = 0
  const head = body[0]
  if (head && body.length > 1) {
    const trimmed = head.text.trim()
    if (trimmed.length <= MAX_TITLE && !TERMINAL.test(trimmed) && !matchDateline(trimmed)) {
      title = trimmed
      provenance.title = 'first-line'
      firstBody = 1
    }
  }

  let dateline: Dateline | null = null
  for (const line of body.slice(firstBody, firstBody + 2)) {
    dateline = findDateline(text, line.span)
    if (dateline) break
  }

  return {
    text,
    meta: {
      input: options.input,
      outlet: options.meta?.outlet ?? null,
      title: options.meta?.title ?? title,
      url: options.meta?.url ?? null,
      byline: options.meta?.byline ?? byline,
      publishedAt: options.meta?.publishedAt ?? publishedAt,
      provenance: { ...provenance, ...(options.meta?.provenance ?? {}) },
    },
    boilerplate,
    dateline,
  }
}

function isHeaderLine(line: string, byline: string | null): boolean {
  return bylineOf(line, byline) !== null || dateOfDateLine(line) !== null || matchDateline(line) !== null
}

function previousNonEmpty(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.text.trim()) return lines[i]
  return undefined
}
