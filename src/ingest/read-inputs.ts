// Expands the inputs a user names (files, folders, `-` for stdin, http(s) URLs) into articles or
// per-input errors, choosing each reader by extension and, failing that, by sniffing the content.
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { ArticleMeta } from '../core/article.js'
import { asParallaxError, ERROR_CODES, ParallaxError } from '../core/errors.js'
import { decodeWindows1252 } from './decode-text.js'
import { fetchUrl, isUrl, type FetchOptions } from './fetch-url.js'
import { looksLikeFeed, readFeed, type FeedItemLink } from './readers/feed-reader.js'
import { readHtml } from './readers/html-reader.js'
import { readJsonLines } from './readers/jsonl-reader.js'
import { readPlainText } from './readers/plain-text-reader.js'
import type { ReadResult } from './readers/read-result.js'

export type { ReadResult } from './readers/read-result.js'

export type Format = 'text' | 'html' | 'feed' | 'jsonl'

export interface ReadInputsOptions {
  fetch?: FetchOptions
  /** Reads standard input; replaceable in tests. */
  stdin?: () => Promise<Buffer>
}

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
}

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP image', [0x52, 0x49, 0x46, 0x46]],
]

/** Names a binary format, or returns null when the bytes look like text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name
  const sample = bytes.subarray(0, 4096)
  return sample.includes(0) ? 'binary data' : null
}

export function sniffFormat(content: string): Format {
  const head = content.trimStart().slice(0, 2000)
  if (looksLikeFeed(head)) return 'feed'
  if (/^<!doctype html|^<html[\s>]|<body[\s>]|^<(?:p|div|article)[\s>]/i.test(head)) return 'html'
  if (head.startsWith('{')) return 'jsonl'
  return 'text'
}

export async function* readInputs(inputs: readonly string[], options: ReadInputsOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    try {
      if (input === '-') {
        const bytes = await (options.stdin ?? readStdin)()
        yield* readBytes(bytes, '-', null, options)
      } else if (isUrl(input)) {
        yield* readUrl(input, null, options)
      } else {
        yield* readPath(input, options)
      }
    } catch (error) {
      yield { input, error: asParallaxError(error, input, isUrl(input) ? ERROR_CODES.FETCH : ERROR_CODES.NOT_FOUND) }
    }
  }
}

async function* readPath(path: string, options: ReadInputsOptions): AsyncGenerator<ReadResult> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ParallaxError(ERROR_CODES.NOT_FOUND, path, code === 'ENOENT' ? 'no such file or directory' : (error as Error).message)
  }
  if (info.isDirectory()) {
    const files = await walk(path)
    if (files.length === 0) throw new ParallaxError(ERROR_CODES.EMPTY, path, 'the folder holds no files to read')
    for (const file of files) {
      try {
        yield* readFileInput(file, options)
      } catch (error) {
        yield { input: file, error: asParallaxError(error, file, ERROR_CODES.NOT_FOUND) }
      }
    }
  } else {
    yield* readFileInput(path, options)
  }
}

/** Files under a folder, recursively, in a stable order; hidden files and folders are skipped. */
async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await walk(full)))
    else if (entry.isFile()) files.push(full)
    // a link to a file is read like the file; links to folders are not followed, as they can loop
    else if (entry.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile()) files.push(full)
  }
  return files
}

async function* readFileInput(path: string, options: ReadInputsOptions): AsyncGenerator<ReadResult> {
  const bytes = await readFile(path)
  yield* readBytes(bytes, path, EXTENSIONS[extname(path).toLowerCase()] ?? null, options)
}

async function* readBytes(bytes: Uint8Array, input: string, hinted: Format | null, options: ReadInputsOptions, given?: Given): AsyncGenerator<ReadResult> {
  if (bytes.length === 0) throw new ParallaxError(ERROR_CODES.EMPTY, input, 'empty file (0 bytes)')
  const content = decodeText(bytes, input)
  yield* readContent(content, input, chooseFormat(content, hinted), options, given)
}

/** Metadata from outside the content (a feed item, a sender) and the URL the content came from. */
type Given = { meta: Partial<Omit<ArticleMeta, 'input'>>; url?: string }

/** An article handed over in memory rather than named as a path: its content, or a URL to fetch. */
export type SuppliedInput =
  | { input: string; content: string | Uint8Array; format?: Format; meta?: Partial<Omit<ArticleMeta, 'input'>> }
  | { input: string; url: string; meta?: Partial<Omit<ArticleMeta, 'input'>> }

/**
 * Reads articles handed over in memory with the same readers as files and URLs. Bytes are decoded and
 * their format chosen as for a file named `input`; a string is read in the format given, else sniffed.
 * Given metadata wins over the content's own, for pages (a fetched feed or JSON Lines file keeps its records').
 */
export async function* readSupplied(items: readonly SuppliedInput[], options: ReadInputsOptions = {}): AsyncGenerator<ReadResult> {
  for (const item of items) {
    const given: Given | undefined = item.meta ? { meta: item.meta, url: item.meta.url ?? undefined } : undefined
    try {
      if ('url' in item) yield* readUrl(item.url, null, options, { input: item.input, meta: item.meta ?? {} })
      else if (typeof item.content !== 'string') yield* readBytes(item.content, item.input, item.format ?? EXTENSIONS[extname(item.input).toLowerCase()] ?? null, options, given)
      else if (item.content.trim().length === 0) throw new ParallaxError(ERROR_CODES.EMPTY, item.input, 'the content is empty')
      else yield* readContent(item.content, item.input, item.format ?? sniffFormat(item.content), options, given)
    } catch (error) {
      yield { input: item.input, error: asParallaxError(error, item.input, 'url' in item ? ERROR_CODES.FETCH : ERROR_CODES.UNSUPPORTED) }
    }
  }
}

/**
 * The extension says what a file should be; the content can overrule it: an .xml file that is really
 * an HTML page, or a .txt that holds HTML or a feed, goes to the right reader.
 */
function chooseFormat(content: string, hinted: Format | null): Format {
  if (hinted === null) return sniffFormat(content)
  if (hinted === 'feed' && !looksLikeFeed(content)) return sniffFormat(content)
  if (hinted === 'text') {
    const sniffed = sniffFormat(content)
    if (sniffed === 'html' || sniffed === 'feed') return sniffed
  }
  return hinted
}

/**
 * Text as UTF-8 (a BOM dropped), or UTF-16 when a BOM says so; bytes that are not valid UTF-8 are read
 * as Windows-1252, the usual encoding of older Western news archives, rather than as replacement marks.
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  const binary = binaryKind(bytes)
  if (binary) throw new ParallaxError(ERROR_CODES.UNSUPPORTED, input, `${binary}, not an article`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return decodeWindows1252(bytes)
  }
}

async function* readContent(
  content: string,
  input: string,
  format: Format,
  options: ReadInputsOptions,
  fetched?: Given,
): AsyncGenerator<ReadResult> {
  switch (format) {
    case 'text':
      yield { input, article: readPlainText(content, fetched ? { input, meta: fetched.meta } : { input }) }
      return
    case 'html':
      yield { input, article: readHtml(content, fetched ? { input, meta: fetched.meta, baseUrl: fetched.url } : { input }) }
      return
    case 'jsonl':
      yield* readJsonLines(content, input)
      return
    case 'feed': {
      const { results, links } = readFeed(content, input)
      yield* results
      for (const link of links) {
        try {
          yield* readUrl(link.url, link, options)
        } catch (error) {
          yield { input: link.input, error: asParallaxError(error, link.input, ERROR_CODES.FETCH) }
        }
      }
    }
  }
}

async function* readUrl(url: string, fromFeed: FeedItemLink | null, options: ReadInputsOptions, supplied?: { input: string; meta: Given['meta'] }): AsyncGenerator<ReadResult> {
  const fetched = await fetchUrl(url, options.fetch)
  const input = fromFeed?.input ?? supplied?.input ?? url
  const format: Format = /html/.test(fetched.contentType)
    ? 'html'
    : /rss|atom|xml/.test(fetched.contentType) && looksLikeFeed(fetched.body)
      ? 'feed'
      : sniffFormat(fetched.body)
  if (fromFeed && (format === 'feed' || format === 'jsonl')) {
    throw new ParallaxError(ERROR_CODES.FETCH, input, `a feed item links to a ${format === 'feed' ? 'feed' : 'JSON document'}, not an article`)
  }
  // the feed's own metadata for the item (outlet, title, date), or the sender's, wins over the page's
  for await (const result of readContent(fetched.body, input, format, options, { meta: { ...(fromFeed?.meta ?? supplied?.meta ?? {}) }, url: fetched.url })) {
    // a fetched page is the article at its URL; records of a fetched feed or JSON Lines file are not
    if (result.article && (format === 'html' || format === 'text')) {
      result.article.meta.url ??= fetched.url
      result.article.meta.provenance.url ??= 'fetch'
    }
    yield result
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Resolves folders into the files under them, so that a caller knows how many units there are (for
 * progress) before reading any. Other inputs, including paths that do not exist and empty folders,
 * pass through unchanged so that reading them reports the reason.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) {
      out.push(input)
      continue
    }
    const info = await stat(input).catch(() => null)
    const files = info?.isDirectory() ? await walk(input) : []
    // an empty folder stays as it is, so that reading it reports that it is empty
    out.push(...(files.length > 0 ? files : [input]))
  }
  return out
}
