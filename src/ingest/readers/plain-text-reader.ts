// Plain-text articles in the agency shape: optional `date YYYY-MM-DD` prefix, photo caption and
// credit, optional headline, a dateline (`Moscow/Kyiv — `), then one paragraph per line.
import type { ArticleMeta, Boilerplate, BoilerplateKind, Dateline, IngestedArticle, PublishedAt } from '../../core/article.js'
import { ERROR_CODES, ParallaxError } from '../../core/errors.js'
import type { Span } from '../../core/span.js'
import { trimSpan } from '../../core/span.js'

export interface PlainTextOptions {
  input: string
  /** Metadata known from outside the text (a JSON Lines record, a feed item) wins over what the text says. */
  meta?: Partial<Omit<ArticleMeta, 'input'>>
}

interface Line {
  span: Span
  text: string
}

const DATE_PREFIX = /^[ \t\uFEFF]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s)/i

// A credit names who made the picture. Agency credits such as `REUTERS/NAME` need the slash so that a
// body line merely mentioning Reuters is not taken for a credit.
const CREDIT_MARKER =
  /(?:\b(?:Picture|Photo|Photograph|Photos|Image|Images|Credit|Photo credit|Illustration|Video)\s*:\s*\S|\b(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|POOL)\/[A-Z]|\bGetty Images\b|\bvia Getty\b|\bShutterstock\b|\bPA (?:Media|Wire)\b)/
const CREDIT_ONLY = /^[([]?\s*(?:Picture|Photo|Photograph|Photos|Image|Images|Credit|Photo credit|Illustration)\s*:/i
const PROMO = /^(?:Read more|Read also|Related|Related articles?|Sign up|Subscribe|Follow us|Click here|Watch|Listen|Advertisement|Share this|RECOMMENDED)\b[:\s]?/i
const MAX_CAPTION = 300

// Places are capitalised words; the places part ends at an em/en dash or at `(Agency) -`.
const DATELINE =
  /^((?:[A-Z][\p{L}.'’-]*)(?:(?:[ /,&]+|\s+and\s+)[A-Z][\p{L}.'’-]*){0,4})(,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?\s*(\([\p{L} .&]+\))?\s*(?:—|–|--|-)\s+/u
const MAX_DATELINE = 60
const TERMINAL = /[.!?…:"”’')\]]$/

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const match of text.matchAll(/\r?\n|\r|\u2029/g)) {
    lines.push({ span: [start, match.index], text: text.slice(start, match.index) })
    start = match.index + match[0].length
  }
  lines.push({ span: [start, text.length], text: text.slice(start) })
  return lines
}

function isCaptionLine(line: string): boolean {
  return line.trim().length <= MAX_CAPTION && CREDIT_MARKER.test(line)
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

  let publishedAt: PublishedAt | null = null
  const lines = splitLines(text)
  const dateMatch = DATE_PREFIX.exec(text)
  if (dateMatch) {
    const at = dateMatch.index + dateMatch[0].indexOf('date')
    add([at, dateMatch.index + dateMatch[0].length], 'date-line')
    publishedAt = { value: dateMatch[1]!, precision: 'day', inferred: false, source: 'date-prefix' }
    provenance.publishedAt = 'date-prefix'
    // the rest of the first line is read as a line of its own
    const first = lines[0]!
    const restStart = dateMatch.index + dateMatch[0].length
    lines[0] = { span: [restStart, first.span[1]], text: text.slice(restStart, first.span[1]) }
  }

  const covered = (line: Line) => {
    const [start, end] = trimSpan(text, line.span)
    return boilerplate.some((b) => b.span[0] <= start && end <= b.span[1])
  }
  lines.forEach((line, i) => {
    const trimmed = line.text.trim()
    if (!trimmed) return
    if (CREDIT_ONLY.test(trimmed) && trimmed.length <= MAX_CAPTION) {
      add(line.span, 'credit')
      // the caption is the line just before its credit, when that line is short and not already taken
      const previous = previousNonEmpty(lines, i)
      if (previous && previous.text.trim().length <= MAX_CAPTION && !covered(previous)) add(previous.span, 'caption')
    } else if (isCaptionLine(trimmed) && !DATELINE.test(trimmed)) {
      add(line.span, 'caption')
    } else if (PROMO.test(trimmed) && trimmed.length <= 200) {
      add(line.span, 'promo')
    }
  })
  boilerplate.sort((a, b) => a.span[0] - b.span[0])

  const body = lines.filter((line) => line.text.trim() && !covered(line))
  let title: string | null = null
  let firstBody = 0
  const head = body[0]
  if (head && body.length > 1) {
    const trimmed = head.text.trim()
    if (trimmed.length <= 200 && !TERMINAL.test(trimmed) && !DATELINE.test(trimmed)) {
      title = trimmed
      provenance.title = 'first-line'
      firstBody = 1
    }
  }

  let dateline: Dateline | null = null
  for (const line of body.slice(firstBody, firstBody + 2)) {
    dateline = findDateline(text, line)
    if (dateline) break
  }

  return {
    text,
    meta: {
      input: options.input,
      outlet: options.meta?.outlet ?? null,
      title: options.meta?.title ?? title,
      url: options.meta?.url ?? null,
      byline: options.meta?.byline ?? null,
      publishedAt: options.meta?.publishedAt ?? publishedAt,
      provenance: { ...provenance, ...(options.meta?.provenance ?? {}) },
    },
    boilerplate,
    dateline,
  }
}

function previousNonEmpty(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.text.trim()) return lines[i]
  return undefined
}

function findDateline(text: string, line: Line): Dateline | null {
  const leading = line.text.length - line.text.trimStart().length
  const start = line.span[0] + leading
  const match = DATELINE.exec(text.slice(start, line.span[1]))
  if (!match || match[0].length > MAX_DATELINE) return null
  const places = match[1]!
  // A sentence that merely opens with a capitalised name and a dash ("Smith — the mayor — said")
  // is not a dateline: require an agency, a date, capitals, or several places.
  const strong = Boolean(match[2] || match[3]) || /\//.test(places) || /^[A-Z\s/,.&'-]+$/.test(places) || /,/.test(places)
  const followedByText = line.text.trimStart().length > match[0].length
  if (!followedByText) return null
  if (!strong && places.split(/\s+/).length > 2) return null
  return {
    span: [start, start + match[0].length],
    places: places
      .split(/\s*(?:\/|,|&|\band\b)\s*/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => (/^[A-Z\s.'-]+$/.test(p) && p.length > 3 ? p.charAt(0) + p.slice(1).toLowerCase() : p)),
  }
}
