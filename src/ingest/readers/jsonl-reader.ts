// JSON Lines: one article per line with `text` or `html`, and optional `title`, `url`, `publishedAt`,
// `outlet`, `byline`. A bad line is reported as `file:line` and the other lines go on.
import type { ArticleMeta } from '../../core/article.js'
import { ERROR_CODES, ParallaxError } from '../../core/errors.js'
import { parseDateValue } from '../dates.js'
import type { ReadResult } from './read-result.js'
import { readHtml } from './html-reader.js'
import { readPlainText } from './plain-text-reader.js'

export function readJsonLines(content: string, input: string): ReadResult[] {
  if (content.trim().length === 0) {
    return [{ input, error: new ParallaxError(ERROR_CODES.EMPTY, input, 'the JSON Lines file is empty') }]
  }
  const results: ReadResult[] = []
  // a byte order mark would make the first line invalid JSON
  const body = content.startsWith('\uFEFF') ? content.slice(1) : content
  body.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return
    const lineInput = `${input}:${index + 1}`
    try {
      results.push({ input: lineInput, article: readRecord(line, lineInput) })
    } catch (error) {
      results.push({ input: lineInput, error: error as ParallaxError })
    }
  })
  return results
}

function readRecord(line: string, input: string) {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    throw new ParallaxError(ERROR_CODES.JSONL_PARSE, input, `invalid JSON: ${(error as Error).message}`)
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new ParallaxError(ERROR_CODES.JSONL_PARSE, input, 'a line must hold a JSON object')
  }
  const r = record as Record<string, unknown>
  const field = (name: string): string | null => {
    const value = r[name]
    if (value === undefined || value === null) return null
    if (typeof value !== 'string') throw new ParallaxError(ERROR_CODES.JSONL_PARSE, input, `field '${name}' must be a string`)
    return value.trim() ? value : null
  }
  const meta: Partial<Omit<ArticleMeta, 'input'>> = { provenance: {} }
  for (const name of ['title', 'url', 'outlet', 'byline'] as const) {
    const value = field(name)
    if (value !== null) {
      meta[name] = value.trim()
      meta.provenance![name] = `jsonl:${name}`
    }
  }
  const published = field('publishedAt')
  if (published !== null) {
    const parsed = parseDateValue(published)
    if (!parsed) throw new ParallaxError(ERROR_CODES.JSONL_PARSE, input, `field 'publishedAt' is not a date: ${JSON.stringify(published)}`)
    meta.publishedAt = { ...parsed, inferred: false, source: 'jsonl:publishedAt' }
    meta.provenance!.publishedAt = 'jsonl:publishedAt'
  }
  const text = field('text')
  const html = field('html')
  if (text !== null) return readPlainText(text, { input, meta })
  if (html !== null) return readHtml(html, { input, meta })
  throw new ParallaxError(ERROR_CODES.JSONL_PARSE, input, "the record has neither a 'text' nor an 'html' field")
}
