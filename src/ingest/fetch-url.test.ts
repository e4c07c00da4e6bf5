import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isParallaxError } from '../core/errors.js'
import { fetchUrl } from './fetch-url.js'
import { isPublicAddress } from './public-address.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** A server on 127.0.0.1 with one handler per path; `close` also ends responses left hanging. */
async function startServer(routes: Record<string, Handler>): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const handler = routes[new URL(req.url ?? '/', 'http://x').pathname]
    if (handler) handler(req, res)
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const fetchError = (pattern: RegExp) => (error: unknown) =>
  isParallaxError(error) && error.code === 'PARALLAX_ERR_FETCH' && pattern.test(error.message)

const ARTICLE = '<!doctype html><html><body><p>The quay reopened on Monday.</p></body></html>'

describe('fetchUrl', () => {
  let base = ''
  let close: () => Promise<void> = async () => {}

  before(async () => {
    const routes: Record<string, Handler> = {
      '/article': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
      '/no-type': (_req, res) => res.end('The quay reopened on Monday.'),
      '/image': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      '/gone': (_req, res) => res.writeHead(404).end(),
      '/big-declared': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000)),
      '/big-chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' })
        for (let i = 0; i < 10; i++) res.write('y'.repeat(1000))
        res.end()
      },
      '/slow-headers': () => {
        // never answers; the test's timeout must end it
      },
      '/slow-body': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.write('The first half of the article arrives, ')
        // and the second half never does
      },
      '/cp1252': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' }).end(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35])),
      '/latin1': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset="ISO-8859-1"' }).end(Buffer.from([0x3c, 0x70, 0x3e, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x3c, 0x2f, 0x70, 0x3e])),
      '/meta-charset': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')])),
      '/to-data': (_req, res) => res.writeHead(302, { location: 'data:text/plain,hello' }).end(),
      // 127.0.0.2 is another loopback address: nothing listens there, and the guard must stop us before we try
      '/to-other-host': (req, res) => res.writeHead(302, { location: `http://127.0.0.2:${req.socket.localPort}/article` }).end(),
    }
    // /hop/N redirects to /hop/N-1, and /hop/0 serves the article
    for (let n = 0; n <= 10; n++) {
      routes[`/hop/${n}`] = (_req, res) => {
        if (n === 0) res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE)
        else res.writeHead(302, { location: `/hop/${n - 1}` }).end()
      }
    }
    ;({ base, close } = await startServer(routes))
  })

  after(async () => {
    await close()
  })

  it('returns the body, the media type and the URL it came from', async () => {
    const fetched = await fetchUrl(`${base}/article`)
    assert.deepEqual(fetched, { url: `${base}/article`, contentType: 'text/html', body: ARTICLE })
  })

  it('accepts a response without a content type', async () => {
    assert.equal((await fetchUrl(`${base}/no-type`)).body, 'The quay reopened on Monday.')
  })

  it('follows redirects up to the cap and reports the final URL', async () => {
    const fetched = await fetchUrl(`${base}/hop/3`, { maxRedirects: 3 })
    assert.equal(fetched.url, `${base}/hop/0`)
    assert.equal(fetched.body, ARTICLE)
  })

  it('fails when there are more redirects than the cap', async () => {
    await assert.rejects(fetchUrl(`${base}/hop/4`, { maxRedirects: 3 }), fetchError(/more than 3 redirects/))
  })

  it('follows five redirects by default and refuses the sixth', async () => {
    assert.equal((await fetchUrl(`${base}/hop/5`)).url, `${base}/hop/0`)
    await assert.rejects(fetchUrl(`${base}/hop/6`), fetchError(/more than 5 redirects/))
  })

  it('refuses a redirect to a URL that is not http(s)', async () => {
    await assert.rejects(fetchUrl(`${base}/to-data`), fetchError(/redirect to a data: URL refused/))
  })

  it('times out when no response comes', async () => {
    await assert.rejects(fetchUrl(`${base}/slow-headers`, { timeoutMs: 100 }), fetchError(/timed out after 100 ms/))
  })

  it('times out with a coded error when the body stops arriving', async () => {
    await assert.rejects(fetchUrl(`${base}/slow-body`, { timeoutMs: 150 }), fetchError(/timed out after 150 ms/))
  })

  it('keeps its defaults for options passed as undefined', async () => {
    const fetched = await fetchUrl(`${base}/hop/2`, { timeoutMs: undefined, maxBytes: undefined, maxRedirects: undefined })
    assert.equal(fetched.body, ARTICLE)
  })

  it('refuses a body larger than maxBytes by its content-length', async () => {
    await assert.rejects(fetchUrl(`${base}/big-declared`, { maxBytes: 1000 }), fetchError(/larger than 1000 bytes \(5000\)/))
  })

  it('refuses a body larger than maxBytes that has no content-length', async () => {
    await assert.rejects(fetchUrl(`${base}/big-chunked`, { maxBytes: 4000 }), fetchError(/larger than 4000 bytes/))
  })

  it('refuses an image content type', async () => {
    await assert.rejects(fetchUrl(`${base}/image`), fetchError(/unsupported content type image\/png/))
  })

  it('reports HTTP 404 naming the URL', async () => {
    await assert.rejects(fetchUrl(`${base}/gone`), (error) => fetchError(/HTTP 404 Not Found/)(error) && (error as Error).message.includes(`${base}/gone`))
  })

  it('reports a refused connection as a fetch error', async () => {
    const dead = await startServer({})
    await dead.close()
    await assert.rejects(fetchUrl(`${dead.base}/article`), fetchError(/ECONNREFUSED/))
  })

  it('decodes a body in the windows-1252 charset its header declares', async () => {
    assert.equal((await fetchUrl(`${base}/cp1252`)).body, 'Café “Ok” – €5')
  })

  it('decodes a quoted ISO-8859-1 charset', async () => {
    assert.equal((await fetchUrl(`${base}/latin1`)).body, '<p>München</p>')
  })

  it('decodes with the charset a page declares in <meta> when the header gives none', async () => {
    assert.match((await fetchUrl(`${base}/meta-charset`)).body, /<p>Café<\/p>/)
  })

  it('refuses a loopback address when only public addresses are allowed', async () => {
    await assert.rejects(fetchUrl(`${base}/article`, { allowAddress: isPublicAddress }), fetchError(/refused: 127\.0\.0\.1 is a loopback address/))
  })

  it('refuses a host name by the addresses it resolves to', async () => {
    await assert.rejects(fetchUrl(`${base.replace('127.0.0.1', 'localhost')}/article`, { allowAddress: isPublicAddress }), fetchError(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/))
  })

  it('fetches an address the guard allows', async () => {
    assert.equal((await fetchUrl(`${base}/article`, { allowAddress: (a) => a === '127.0.0.1' })).body, ARTICLE)
  })

  it('checks the address of every redirect', async () => {
    await assert.rejects(fetchUrl(`${base}/to-other-host`, { allowAddress: (a) => a === '127.0.0.1' }), fetchError(/refused: 127\.0\.0\.2 is a loopback address/))
  })
})
