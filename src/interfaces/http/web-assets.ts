// Serving the built web UI (dist/web, from `npm run build:web`) beside the API: its files with their
// content types, and index.html for the UI's own pages. The app asks here only for requests no API
// route answers, so the API keeps precedence.
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

// The UI loads only its own script and styles and talks only to this server; article text is never
// markup, and this policy makes sure that a mistake there still cannot run a script or load an image.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** The folder `npm run build:web` writes: dist/web of this package, from src/ (tsx) or dist/src/ (built). */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  return join(dir, 'dist', 'web')
}

/** Whether `root` holds a built UI. */
export function hasWebUi(root: string): boolean {
  return existsSync(join(root, 'index.html'))
}

export type WebHandler = (request: Request) => Promise<Response | null>

/**
 * A handler for the UI's files under `root`: a file answers with its content type; a browser asking for
 * a page (Accept: text/html, a path without an extension) gets index.html, whose script routes it; any
 * other request answers null, so the caller gives its own 404.
 */
export function webAssets(root: string): WebHandler {
  const base = resolve(root)
  const file = async (path: string): Promise<Buffer | null> => {
    try {
      return (await stat(path)).isFile() ? await readFile(path) : null
    } catch {
      return null
    }
  }
  const answer = (request: Request, body: Buffer, path: string, cache: string): Response => {
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(body.length),
      'cache-control': cache,
      'x-content-type-options': 'nosniff',
    }
    if (path.endsWith('.html')) Object.assign(headers, { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' })
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
  }
  const index = join(base, 'index.html')

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname)
    } catch {
      return null // a malformed escape is no file of ours
    }
    if (pathname.includes('\0')) return null
    const path = resolve(base, `.${pathname}`)
    // a path that climbs out of the UI's folder (/../, encoded or not) names no file of ours
    if (path !== base && !path.startsWith(base + sep)) return null
    if (path !== base) {
      const body = await file(path)
      // hashed asset names change with their content, so they may be kept for good; the rest is checked each time
      if (body) return answer(request, body, path, pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    }
    const page = path === base || (extname(pathname) === '' && (request.headers.get('accept') ?? '').includes('text/html'))
    if (!page) return null
    const body = await file(index)
    return body ? answer(request, body, index, 'no-cache') : null
  }
}
