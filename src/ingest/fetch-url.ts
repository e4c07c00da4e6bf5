// Fetching an article or feed over http(s) with the limits a batch job needs: a timeout, a size cap,
// a redirect cap and a content-type check.
import { lookup } from 'node:dns/promises'
import { ERROR_CODES, ParallaxError } from '../core/errors.js'
import { decodeWithCharset } from './decode-text.js'
import { nonPublicKind } from './public-address.js'

export interface FetchOptions {
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
  /**
   * When given, the host of the URL and of every redirect is resolved first and the fetch is refused
   * unless every address it resolves to (IPv4 and IPv6) passes, e.g. `isPublicAddress`.
   */
  allowAddress?: (address: string) => boolean
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
  // `?? default` rather than spreading, so that an option passed as undefined keeps its default
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    let current = url
    for (let hop = 0; ; hop++) {
      if (options.allowAddress) await checkHost(current, url, options.allowAddress)
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
        const next = new URL(response.headers.get('location')!, current)
        // fetch() would happily follow a redirect to a data: or file: URL; a web page may not send us there
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new ParallaxError(ERROR_CODES.FETCH, url, `redirect to a ${next.protocol} URL refused`)
        }
        current = next.toString()
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
      let bytes: Uint8Array
      try {
        bytes = await readCapped(response, maxBytes, url)
      } catch (error) {
        // the timer also aborts a body that is still arriving
        if (error instanceof ParallaxError) throw error
        const reason = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : causeMessage(error)
        throw new ParallaxError(ERROR_CODES.FETCH, url, reason)
      }
      return { url: current, contentType: mime, body: decode(bytes, contentType) }
    }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Refuses a URL whose host resolves to an address `allow` rejects. fetch() resolves the name again when
 * it connects, so a DNS server that answers differently the second time is not stopped by this check.
 */
async function checkHost(target: string, input: string, allow: (address: string) => boolean): Promise<void> {
  // an IPv6 literal keeps its brackets in URL.hostname
  const host = new URL(target).hostname.replace(/^\[(.*)\]$/, '$1')
  let addresses: { address: string }[]
  try {
    addresses = await lookup(host, { all: true, verbatim: true })
  } catch (error) {
    throw new ParallaxError(ERROR_CODES.FETCH, input, `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  for (const { address } of addresses) {
    if (allow(address)) continue
    const kind = nonPublicKind(address)
    const what = kind ? `a ${kind} address` : 'an address that may not be fetched'
    throw new ParallaxError(ERROR_CODES.FETCH, input, host === address ? `refused: ${address} is ${what}` : `refused: ${host} resolves to ${address}, ${what}`)
  }
}

/** Decodes with the charset the header declares, else the one the document declares, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const charset =
    /charset\s*=\s*"?([^;"\s]+)/.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    /^<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1] ??
    'utf-8'
  return decodeWithCharset(bytes, charset)
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
