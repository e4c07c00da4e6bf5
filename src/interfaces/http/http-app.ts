// The HTTP JSON API: a thin adapter that turns requests into engine calls and answers with their results
// as JSON. Validation of the request's shape lives here; everything else is the engine's.
import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { isPublicAddress, reportToJson, type Engine } from '../../engine.js'
import { HTTP_ERROR_CODES, HttpError, toHttpError } from './http-errors.js'
import { articlesOf, pageQuery, textQuery } from './http-request.js'
import { storyPage } from './http-stories.js'
import { OPENAPI } from './openapi.js'
import { defaultWebRoot, webAssets } from './web-assets.js'

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024

export interface AppOptions {
  engine: Engine
  /** When set (non-empty), write endpoints need `Authorization: Bearer <token>`. */
  token?: string
  /** Let URL ingest reach private, loopback and link-local addresses; refused by default. */
  allowPrivateUrls?: boolean
  /** The largest request body in bytes (default 5 MB). */
  bodyLimit?: number
  /** Where errors that become a 500 are reported (default: standard error). */
  logError?: (error: unknown) => void
  /**
   * The folder of the built web UI, served at / for requests no API route answers (default: dist/web of
   * this package, when `npm run build:web` has built it); false serves the API alone.
   */
  web?: string | false
}

export function createApp(options: AppOptions): Hono {
  const { engine } = options
  // a URL from a remote user may not make this server fetch from its own machine or network
  const fetch = options.allowPrivateUrls ? {} : { allowAddress: isPublicAddress }
  const logError = options.logError ?? ((error: unknown) => process.stderr.write(`parallax serve: ${(error as Error)?.stack ?? String(error)}\n`))
  const app = new Hono()
  const web = options.web === false ? null : webAssets(options.web ?? defaultWebRoot())

  app.onError((error, c) => {
    const http = error instanceof HTTPException && error.status < 500 ? new HttpError(400, HTTP_ERROR_CODES.BAD_BODY, error.message) : toHttpError(error)
    if (http.status === 500) logError(error)
    return c.json(http.body(), http.status)
  })
  app.notFound(async (c) => (await web?.(c.req.raw)) ?? c.json(new HttpError(404, HTTP_ERROR_CODES.NO_ROUTE, `no route ${c.req.method} ${c.req.path}`).body(), 404))

  app.get('/openapi.json', (c) => c.json(OPENAPI))

  app.get('/articles', async (c) => {
    const { limit, offset } = pageQuery(c)
    const [articles, counts] = await Promise.all([engine.list({ limit, offset }), engine.count()])
    return c.json({ total: counts.articles, copies: counts.copies, limit, offset, articles })
  })

  app.post('/articles', requireToken(options.token), limitBody(options.bodyLimit ?? DEFAULT_BODY_LIMIT), async (c) => {
    const report = await engine.ingestContent(await articlesOf(c), { fetch })
    return c.json(reportToJson(report))
  })

  app.get('/articles/:id', async (c) => {
    const shown = await engine.show(c.req.param('id'))
    return c.json(shown.kind === 'copy' ? { copy: shown.copy, ...shown.view } : shown.view)
  })

  app.get('/entities', async (c) => {
    const { limit, offset } = pageQuery(c)
    const entities = await engine.entities({ type: textQuery(c, 'type') })
    return c.json({ total: entities.length, limit, offset, entities: entities.slice(offset, offset + limit) })
  })

  app.get('/entities/:id', async (c) => c.json(await engine.entity(c.req.param('id'))))

  app.get('/quotes', async (c) => {
    const { limit, offset } = pageQuery(c)
    const quotes = await engine.quotes({ speaker: textQuery(c, 'speaker') })
    return c.json({ total: quotes.length, limit, offset, quotes: quotes.slice(offset, offset + limit) })
  })

  app.get('/stories', async (c) => {
    const { limit, offset } = pageQuery(c)
    const [stories, total] = await Promise.all([engine.stories({ limit, offset }), engine.store.countStories()])
    return c.json({ total, limit, offset, stories })
  })

  app.get('/stories/:id', async (c) => c.json(await storyPage(engine, c.req.param('id'))))

  app.get('/search', async (c) => {
    const query = textQuery(c, 'q', true)!
    const { limit, offset } = pageQuery(c)
    return c.json({ query, limit, offset, hits: await engine.search(query, { limit, offset }) })
  })

  return app
}

function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return next()
    const header = c.req.header('authorization')
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1]
    if (sent !== undefined && sameSecret(sent, token)) return next()
    const error = new HttpError(401, HTTP_ERROR_CODES.UNAUTHORIZED, header ? 'authorization: the bearer token is not this server\'s' : 'authorization: this endpoint needs Authorization: Bearer <token>', 'authorization')
    return c.json(error.body(), 401, { 'WWW-Authenticate': 'Bearer realm="parallax"' })
  }
}

/** Compares digests of equal length in constant time, so that the time taken does not tell how much of a guess was right. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(a), digest(b))
}

function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => c.json(new HttpError(413, HTTP_ERROR_CODES.BODY_TOO_LARGE, `the body is larger than the limit of ${maxSize} bytes`).body(), 413),
  })
}

