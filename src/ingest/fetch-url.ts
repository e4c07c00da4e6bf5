// Fetching an article or feed over http(s) with the limits a batch job needs: a timeout, a size cap,
// a redirect cap and a content-type check.
import { ERROR_CODES, ParallaxError } from '../core/errors.js'

export interface FetchOptions {
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
}

export interface Fetched {
  url: string
  contentType: string
  body: string
}

export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 } as const

const ACCEPTED_TYPES = [
  'text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'application/rss+xml', 'application/atom+xml',
  'application/xml', 'text/xml', 'application/x-ndjson', 'application/jsonl', 'application/json',
]

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input)
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    let current = url
    for (let hop = 0; ; hop++) {
      let response: Response
      try {
        response = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': 'parallax/0.1 (+news comparison)', accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.1' },
        })
      } catch (error) {
        const reason = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : causeMessage(error)
        throw new ParallaxError(ERROR_CODES.FETCH, url, reason)
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel()
        if (hop >= maxRedirects) throw new ParallaxError(ERROR_CODES.FETCH, url, `more than ${maxRedirects} redirects`)
        current = new URL(response.headers.get('location')!, current).toString()
        continue
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new ParallaxError(ERROR_CODES.FETCH, url, `HTTP ${response.status} ${response.statusText}`.trim())
      }
      const contentType = (response.headers.get('content-type') ?? '').toLowerCase()
      const mime = contentType.split(';')[0]!.trim()
      if (mime && !ACCEPTED_TYPES.includes(mime)) {
        await response.body?.cancel()
        throw new ParallaxError(ERROR_CODES.FETCH, url, `unsupported content type ${mime}`)
      }
      const declared = Number(response.headers.get('content-length') ?? 0)
      if (declared > maxBytes) {
        await response.body?.cancel()
        throw new ParallaxError(ERROR_CODES.FETCH, url, `larger than ${maxBytes} bytes (${declared})`)
      }
      const bytes = await readCapped(response, maxBytes, url)
      const charset = /charset=([^;]+)/.exec(contentType)?.[1]?.trim().replace(/"/g, '') ?? 'utf-8'
      let decoder: TextDecoder
      try {
        decoder = new TextDecoder(charset)
      } catch {
        decoder = new TextDecoder('utf-8')
      }
      return { url: current, contentType: mime, body: decoder.decode(bytes) }
    }
  } finally {
    clearTimeout(timer)
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw new ParallaxError(ERROR_CODES.FETCH, url, `larger than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message
}
