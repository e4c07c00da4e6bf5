// Turning requests into engine calls: query parameters into numbers, and the three bodies POST /articles
// takes (a JSON object, JSON Lines, a multipart upload) into the content items engine.ingestContent reads.
import type { Context } from 'hono'
import type { ContentItem, SuppliedMeta } from '../../engine.js'
import { HTTP_ERROR_CODES, HttpError, invalidField } from './http-errors.js'

export const PAGE_DEFAULT = 50
export const PAGE_MAX = 500

/** Fields of a JSON article: those of a JSON Lines record, plus `input`, the name it is stored under. */
export const ARTICLE_FIELDS = ['text', 'html', 'url', 'input', 'outlet', 'title', 'publishedAt', 'byline'] as const
/** Form fields of an upload beside `file`; they apply to every file. */
export const UPLOAD_FIELDS = ['input', 'outlet', 'title', 'publishedAt', 'byline', 'url'] as const
const META_FIELDS = ['outlet', 'title', 'publishedAt', 'byline'] as const

export const JSON_TYPE = 'application/json'
export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl'] as const
export const MULTIPART_TYPE = 'multipart/form-data'

export function intQuery(c: Context, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  const raw = c.req.query(name)
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) throw invalidField(name, `must be an integer, not ${JSON.stringify(raw)}`)
  if (n < min || n > max) throw invalidField(name, `must be between ${min} and ${max}, not ${n}`)
  return n
}

export function pageQuery(c: Context): { limit: number; offset: number } {
  return {
    limit: intQuery(c, 'limit', { min: 1, max: PAGE_MAX, fallback: PAGE_DEFAULT }),
    offset: intQuery(c, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 }),
  }
}

/** A non-empty query parameter, or undefined; with `required`, a 400 naming it when absent. */
export function textQuery(c: Context, name: string, required = false): string | undefined {
  const value = c.req.query(name)?.trim()
  if (!value && required) throw invalidField(name, 'is required')
  return value || undefined
}

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** The articles a POST /articles request holds, by its media type; 415 for any other type. */
export async function articlesOf(c: Context): Promise<ContentItem[]> {
  const type = mediaType(c)
  if (type === JSON_TYPE) return [articleOfJson(await jsonBody(c))]
  if ((NDJSON_TYPES as readonly string[]).includes(type)) return [{ content: await c.req.text(), format: 'jsonl', input: textQuery(c, 'input') }]
  if (type === MULTIPART_TYPE) return uploadsOf(c)
  throw new HttpError(
    415,
    HTTP_ERROR_CODES.MEDIA_TYPE,
    `${type ? `unsupported media type ${type}` : 'no content-type given'}; send ${JSON_TYPE}, ${NDJSON_TYPES.join(' or ')}, or ${MULTIPART_TYPE}`,
  )
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text()
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new HttpError(400, HTTP_ERROR_CODES.BAD_BODY, `invalid JSON: ${(error as Error).message}`)
  }
}

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`)

/**
 * A JSON article, shaped as a JSON Lines record: `text` or `html` with its metadata (`url` among it), or
 * `url` alone to fetch the page. Unknown fields are refused, so that a misspelt one is not silently lost.
 */
export function articleOfJson(body: unknown): ContentItem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, HTTP_ERROR_CODES.BAD_BODY, `the body must be a JSON object, not ${typeName(body)}`)
  }
  const fields: Partial<Record<(typeof ARTICLE_FIELDS)[number], string>> = {}
  for (const [name, value] of Object.entries(body)) {
    if (!(ARTICLE_FIELDS as readonly string[]).includes(name)) throw invalidField(name, `unknown field; the fields are ${ARTICLE_FIELDS.join(', ')}`)
    if (value === null || value === undefined) continue
    if (typeof value !== 'string') throw invalidField(name, `must be a string, not ${typeName(value)}`)
    fields[name as (typeof ARTICLE_FIELDS)[number]] = value
  }
  if (fields.text !== undefined && fields.html !== undefined) throw invalidField('html', 'give text or html, not both')
  const meta = metaOf(fields)
  if (fields.text !== undefined) return { content: fields.text, format: 'text', input: fields.input, meta: { ...meta, url: fields.url } }
  if (fields.html !== undefined) return { content: fields.html, format: 'html', input: fields.input, meta: { ...meta, url: fields.url } }
  if (fields.url !== undefined) return { url: fields.url, input: fields.input, meta }
  throw invalidField('text', 'missing: one of text, html or url is required')
}

function metaOf(fields: Partial<Record<string, string>>): SuppliedMeta {
  const meta: SuppliedMeta = {}
  for (const name of META_FIELDS) if (fields[name] !== undefined) meta[name] = fields[name]
  return meta
}

/** One article per uploaded `file`, each read as a file of its name would be. */
async function uploadsOf(c: Context): Promise<ContentItem[]> {
  let form: Record<string, string | File | (string | File)[]>
  try {
    form = await c.req.parseBody({ all: true })
  } catch (error) {
    throw new HttpError(400, HTTP_ERROR_CODES.BAD_BODY, `invalid multipart body: ${(error as Error).message}`)
  }
  const fields: Partial<Record<string, string>> = {}
  let files: File[] = []
  for (const [name, value] of Object.entries(form)) {
    const values = Array.isArray(value) ? value : [value]
    if (name === 'file') {
      if (values.some((v) => typeof v === 'string')) throw invalidField('file', 'must be a file, not a text field')
      files = values as File[]
      continue
    }
    if (!(UPLOAD_FIELDS as readonly string[]).includes(name)) throw invalidField(name, `unknown field; the fields are file, ${UPLOAD_FIELDS.join(', ')}`)
    if (values.length > 1 || typeof values[0] !== 'string') throw invalidField(name, 'must be one text field')
    fields[name] = values[0]
  }
  if (files.length === 0) throw invalidField('file', 'missing: upload at least one file')
  if (fields.input !== undefined && files.length > 1) throw invalidField('input', 'names a single upload; leave it out to name each file by its file name')
  const meta = { ...metaOf(fields), url: fields.url }
  return Promise.all(
    files.map(async (file) => ({ content: new Uint8Array(await file.arrayBuffer()), input: fields.input ?? (file.name || 'upload'), meta })),
  )
}
