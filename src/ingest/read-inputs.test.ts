import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { binaryKind, expandInputs, readInputs, sniffFormat, type ReadResult } from './read-inputs.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/ingest/', import.meta.url))
const MIXED = join(FIXTURES, 'mixed')

async function collect(inputs: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = []
  for await (const result of readInputs(inputs, options)) out.push(result)
  return out
}

const TEXT = 'Harbour reopens after repairs\nThe harbour reopened on Monday after six weeks of repairs, the council said.\nBoats returned on Tuesday.\n'
const PAGE = (site: string) =>
  `<!doctype html><html><head><meta property="og:site_name" content="${site}"><meta property="og:title" content="Page title"></head><body><article>` +
  '<p>The council will charge £2 an hour for parking on the seafront from April, it said on Wednesday, doubling the present rate.</p>' +
  '<p>Traders said the rise would keep visitors away. “People will simply go to Halbrook instead,” said one café owner.</p></article></body></html>'

describe('readInputs: files and folders', () => {
  let dir = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-read-inputs-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads the mixed folder recursively in sorted order, one result per file', async () => {
    const results = await collect([MIXED])
    assert.deepEqual(
      results.map((r) => relative(MIXED, r.input)),
      ['broken-feed.xml', 'broken.html', 'cycle-lane.txt', 'empty.jsonl', 'empty.txt', 'good.html', 'image.png', 'market-hall.txt', join('nested', 'ferry-dispatch')],
    )
  })

  it('gives exactly the good articles of the mixed folder', async () => {
    const articles = (await collect([MIXED])).filter((r) => r.article)
    assert.deepEqual(
      articles.map((r) => [relative(MIXED, r.input), r.article!.meta.title]),
      [
        ['cycle-lane.txt', 'Cycle lane plan splits Ferrow shopkeepers'],
        ['good.html', 'Island school gets its first new teacher in a decade'],
        ['market-hall.txt', null],
        [join('nested', 'ferry-dispatch'), 'Night ferry crew praised for rescue of stranded kayaker'],
      ],
    )
  })

  it('gives one coded error naming each bad file of the mixed folder', async () => {
    const errors = (await collect([MIXED])).filter((r) => r.error)
    assert.deepEqual(
      errors.map((r) => [relative(MIXED, r.input), r.error!.code]),
      [
        ['broken-feed.xml', 'PARALLAX_ERR_FEED_PARSE'],
        ['broken.html', 'PARALLAX_ERR_NO_TEXT'],
        ['empty.jsonl', 'PARALLAX_ERR_EMPTY'],
        ['empty.txt', 'PARALLAX_ERR_EMPTY'],
        ['image.png', 'PARALLAX_ERR_UNSUPPORTED'],
      ],
    )
    for (const r of errors) assert.ok(r.error!.message.includes(r.input), r.error!.message)
  })

  it('reads the date prefix, caption and dateline of a text file in the folder', async () => {
    const [result] = await collect([join(MIXED, 'market-hall.txt')])
    const article = result!.article!
    assert.equal(article.meta.publishedAt?.value, '2026-02-13')
    assert.deepEqual(article.boilerplate.map((b) => b.kind), ['date-line', 'caption'])
    assert.equal(article.text.slice(...article.dateline!.span), 'Brennock — ')
  })

  it('refuses a PNG as PARALLAX_ERR_UNSUPPORTED mentioning a PNG image', async () => {
    const [result] = await collect([join(MIXED, 'image.png')])
    assert.equal(result!.error?.code, 'PARALLAX_ERR_UNSUPPORTED')
    assert.match(result!.error!.message, /PNG image/)
  })

  it('reports an empty file as PARALLAX_ERR_EMPTY', async () => {
    const [result] = await collect([join(MIXED, 'empty.txt')])
    assert.equal(result!.error?.code, 'PARALLAX_ERR_EMPTY')
  })

  it('reports a missing path as PARALLAX_ERR_NOT_FOUND naming it, and goes on with the next input', async () => {
    const missing = join(dir, 'no-such-file.txt')
    const results = await collect([missing, join(MIXED, 'cycle-lane.txt')])
    assert.equal(results[0]!.input, missing)
    assert.equal(results[0]!.error?.code, 'PARALLAX_ERR_NOT_FOUND')
    assert.ok(results[0]!.error!.message.includes(missing))
    assert.ok(results[1]!.article)
  })

  it('sniffs an extension-less file as HTML when it holds a page', async () => {
    const path = join(dir, 'page-without-extension')
    await writeFile(path, PAGE('Seafront Post'))
    const [result] = await collect([path])
    assert.equal(result!.article?.meta.outlet, 'Seafront Post')
  })

  it('sniffs an extension-less file as a feed when it holds RSS', async () => {
    const path = join(dir, 'feed-without-extension')
    await writeFile(path, await readFile(join(FIXTURES, 'feed-atom.xml')))
    const results = await collect([path])
    assert.equal(results.filter((r) => r.article).length, 2)
    assert.equal(results[0]!.article?.meta.outlet, 'Upland Courier')
  })

  it('sends a .txt file that holds HTML to the HTML reader', async () => {
    const path = join(dir, 'saved-page.txt')
    await writeFile(path, PAGE('Seafront Post'))
    const [result] = await collect([path])
    assert.ok(!result!.article?.text.includes('<p>'))
    assert.equal(result!.article?.meta.outlet, 'Seafront Post')
  })

  it('sends an .xml file that holds an HTML page to the HTML reader', async () => {
    const path = join(dir, 'page.xml')
    await writeFile(path, PAGE('Seafront Post'))
    const [result] = await collect([path])
    assert.equal(result!.article?.meta.outlet, 'Seafront Post')
  })

  it('reads a text file in windows-1252 with its curly quotes and dashes', async () => {
    const path = join(dir, 'legacy.txt')
    // “Caf\xe9” – with the quotes and the dash as windows-1252 bytes
    const bytes = Buffer.concat([Buffer.from('The harbour reopened on Monday. '), Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20]), Buffer.from('he said.\n')])
    await writeFile(path, bytes)
    const [result] = await collect([path])
    assert.equal(result!.article?.text, 'The harbour reopened on Monday. “Café” – he said.\n')
  })

  it('reads a UTF-16 text file that starts with a byte order mark', async () => {
    const path = join(dir, 'utf16.txt')
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The harbour reopened on Monday — “at last”.\n', 'utf16le')]))
    const [result] = await collect([path])
    assert.equal(result!.article?.text, 'The harbour reopened on Monday — “at last”.\n')
  })

  it('drops the UTF-8 byte order mark of a file', async () => {
    const path = join(dir, 'bom.txt')
    await writeFile(path, `\uFEFF${TEXT}`)
    const [result] = await collect([path])
    assert.equal(result!.article?.text, TEXT)
  })

  it('skips hidden files and follows a link to a file inside a folder', async () => {
    const folder = join(dir, 'linked')
    await mkdir(folder)
    await writeFile(join(folder, '.draft.txt'), TEXT)
    await writeFile(join(dir, 'outside.txt'), TEXT)
    await symlink(join(dir, 'outside.txt'), join(folder, 'via-link.txt'))
    const results = await collect([folder])
    assert.deepEqual(results.map((r) => relative(folder, r.input)), ['via-link.txt'])
    assert.ok(results[0]!.article)
  })

  it('reports a folder with no files as PARALLAX_ERR_EMPTY', async () => {
    const folder = join(dir, 'nothing-here')
    await mkdir(folder)
    await writeFile(join(folder, '.hidden.txt'), TEXT)
    const results = await collect([folder])
    assert.deepEqual(results.map((r) => [r.input, r.error?.code]), [[folder, 'PARALLAX_ERR_EMPTY']])
  })

  it('reads standard input through the stdin option as input `-`', async () => {
    const results = await collect(['-'], { stdin: async () => Buffer.from(TEXT) })
    assert.equal(results.length, 1)
    assert.equal(results[0]!.input, '-')
    assert.equal(results[0]!.article?.meta.input, '-')
    assert.equal(results[0]!.article?.text, TEXT)
  })

  it('sniffs JSON Lines on standard input and names each line', async () => {
    const jsonl = `${JSON.stringify({ text: TEXT })}\n${JSON.stringify({ text: TEXT, title: 'Two' })}\n`
    const results = await collect(['-'], { stdin: async () => Buffer.from(jsonl) })
    assert.deepEqual(results.map((r) => r.input), ['-:1', '-:2'])
  })

  it('reports empty standard input as PARALLAX_ERR_EMPTY', async () => {
    const [result] = await collect(['-'], { stdin: async () => Buffer.alloc(0) })
    assert.equal(result!.error?.code, 'PARALLAX_ERR_EMPTY')
  })

  it('reads the JSON Lines fixtures with per-line results', async () => {
    const results = await collect([join(FIXTURES, 'bad.jsonl')])
    assert.deepEqual(results.map((r) => [relative(FIXTURES, r.input), r.error?.code ?? 'article']), [
      ['bad.jsonl:1', 'article'],
      ['bad.jsonl:2', 'PARALLAX_ERR_JSONL_PARSE'],
      ['bad.jsonl:3', 'PARALLAX_ERR_JSONL_PARSE'],
    ])
  })
})

describe('readInputs: feeds and URLs', () => {
  let dir = ''
  let base = ''
  let server: Server
  let feedXml = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-read-feeds-'))
    server = createServer((req, res) => {
      if (req.url === '/linked.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE('Page Outlet'))
      else if (req.url === '/relative.html') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE('Page Outlet').replace('<head>', '<head><link rel="canonical" href="/news/parking">'))
      else if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml)
      else if (req.url === '/linked.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT)
      else res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    feedXml = (await readFile(join(FIXTURES, 'feed-rss.xml'), 'utf8')).replaceAll('PORT', new URL(base).port)
  })
  after(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await rm(dir, { recursive: true, force: true })
  })

  /** The RSS fixture with its placeholder port replaced by the test server's, written to a temp file. */
  async function rssFixture(name: string, edit: (xml: string) => string = (xml) => xml): Promise<string> {
    const port = new URL(base).port
    const xml = (await readFile(join(FIXTURES, 'feed-rss.xml'), 'utf8')).replaceAll('PORT', port)
    const path = join(dir, name)
    await writeFile(path, edit(xml))
    return path
  }

  it('reads the items with content and fetches the item that only links to its page', async () => {
    const path = await rssFixture('feed.xml')
    const results = await collect([path])
    assert.deepEqual(results.map((r) => [r.input.slice(path.length), r.error?.message ?? 'article']), [
      ['#https://northshore-echo.example/news/library-sundays', 'article'],
      ['#https://northshore-echo.example/news/harbour-wall-delay', 'article'],
      [`#${base}/linked.html`, 'article'],
    ])
  })

  it('gives the fetched item the feed title as outlet and the feed item date and title', async () => {
    const path = await rssFixture('feed-meta.xml')
    const linked = (await collect([path]))[2]!.article!
    assert.ok(linked.text.startsWith('The council will charge £2 an hour for parking on the seafront'))
    assert.equal(linked.meta.outlet, 'Northshore Echo')
    assert.equal(linked.meta.provenance.outlet, 'feed:title')
    assert.equal(linked.meta.title, 'Council publishes new parking charges')
    assert.equal(linked.meta.url, `${base}/linked.html`)
    assert.deepEqual(linked.meta.publishedAt, {
      value: '2026-02-11',
      precision: 'day',
      datetime: 'Wed, 11 Feb 2026 09:15:00 GMT',
      inferred: false,
      source: 'feed:item:date',
    })
  })

  it('keeps the feed metadata of an item that links to a plain-text page', async () => {
    const path = await rssFixture('feed-text.xml', (xml) => xml.replaceAll('/linked.html', '/linked.txt'))
    const linked = (await collect([path]))[2]!.article!
    assert.equal(linked.text, TEXT)
    assert.equal(linked.meta.outlet, 'Northshore Echo')
    assert.equal(linked.meta.publishedAt?.value, '2026-02-11')
  })

  it('reports a linked page that cannot be fetched as an error of that item, and keeps the others', async () => {
    const path = await rssFixture('feed-404.xml', (xml) => xml.replaceAll('/linked.html', '/missing.html'))
    const results = await collect([path])
    assert.equal(results.filter((r) => r.article).length, 2)
    assert.equal(results[2]!.input, `${path}#${base}/missing.html`)
    assert.equal(results[2]!.error?.code, 'PARALLAX_ERR_FETCH')
    assert.match(results[2]!.error!.message, /HTTP 404/)
  })

  it('reads a feed given by URL and fetches its linked item', async () => {
    const results = await collect([`${base}/feed.xml`])
    assert.deepEqual(results.map((r) => r.error?.message ?? r.article!.meta.title), [
      'Library to stay open on Sundays after petition',
      'Harbour wall repairs delayed by storms',
      'Council publishes new parking charges',
    ])
    assert.equal(results[0]!.input, `${base}/feed.xml#https://northshore-echo.example/news/library-sundays`)
    assert.equal(results[0]!.article?.meta.url, 'https://northshore-echo.example/news/library-sundays')
  })

  it('refuses a feed item that links to another feed', async () => {
    const path = await rssFixture('feed-loop.xml', (xml) => xml.replaceAll('/linked.html', '/feed.xml'))
    const results = await collect([path])
    assert.equal(results[2]!.error?.code, 'PARALLAX_ERR_FETCH')
    assert.match(results[2]!.error!.message, /links to a feed/)
  })

  it('reads a URL input as an article whose url is where it was fetched', async () => {
    const [result] = await collect([`${base}/linked.html`])
    assert.equal(result!.input, `${base}/linked.html`)
    assert.equal(result!.article?.meta.outlet, 'Page Outlet')
    assert.equal(result!.article?.meta.url, `${base}/linked.html`)
    assert.equal(result!.article?.meta.provenance.url, 'fetch')
  })

  it('resolves the relative canonical link of a fetched page against its address', async () => {
    const [result] = await collect([`${base}/relative.html`])
    assert.equal(result!.article?.meta.url, `${base}/news/parking`)
    assert.equal(result!.article?.meta.provenance.url, 'link:canonical')
  })

  it('reports a URL that cannot be fetched as PARALLAX_ERR_FETCH naming it', async () => {
    const [result] = await collect([`${base}/nothing-here`])
    assert.equal(result!.error?.code, 'PARALLAX_ERR_FETCH')
    assert.ok(result!.error!.message.includes(`${base}/nothing-here`))
  })
})

describe('readInputs: invariants over the demo corpus and the fixtures', () => {
  const DEMO = fileURLToPath(new URL('../../demo/corpus/', import.meta.url))

  it('keeps every boilerplate and dateline span inside its text, in order and without overlaps', async () => {
    let articles = 0
    for (const result of await collect([DEMO, FIXTURES])) {
      if (!result.article) continue
      articles++
      const { text, boilerplate, dateline } = result.article
      const spans = [...boilerplate.map((b) => b.span), ...(dateline ? [dateline.span] : [])].sort((a, b) => a[0] - b[0])
      spans.forEach(([start, end], i) => {
        assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length, `${result.input}: [${start}, ${end})`)
        assert.equal(text.slice(start, end).trim(), text.slice(start, end).replace(/\s+$/, ''), `${result.input}: span starts with space`)
        if (i > 0) assert.ok(spans[i - 1]![1] <= start, `${result.input}: overlapping spans`)
      })
    }
    assert.ok(articles >= 25, `only ${articles} articles`)
  })

  it('returns the text of every plain-text file exactly as it is on disk', async () => {
    for (const result of await collect([DEMO, FIXTURES])) {
      if (!result.article || !/\.txt$|ferry-dispatch$/.test(result.input)) continue
      assert.equal(result.article.text, await readFile(result.input, 'utf8'), result.input)
    }
  })
})

describe('expandInputs', () => {
  it('keeps an empty folder as one input, so that reading it reports it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-empty-'))
    try {
      assert.deepEqual(await expandInputs([folder]), [folder])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('lists the files under a folder in reading order and passes other inputs through', async () => {
    const expanded = await expandInputs([MIXED, '-', 'https://example.org/a', '/no/such/path'])
    assert.deepEqual(expanded.slice(0, 2).map((p) => relative(MIXED, p)), ['broken-feed.xml', 'broken.html'])
    assert.equal(expanded.length, 9 + 3)
    assert.deepEqual(expanded.slice(9), ['-', 'https://example.org/a', '/no/such/path'])
  })
})

describe('sniffFormat and binaryKind', () => {
  it('tells feeds, HTML, JSON Lines and text apart', () => {
    assert.equal(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'), 'feed')
    assert.equal(sniffFormat('<!DOCTYPE html><html><body></body></html>'), 'html')
    assert.equal(sniffFormat('  <p>Just a paragraph.</p>'), 'html')
    assert.equal(sniffFormat('{"text": "x"}\n{"text": "y"}'), 'jsonl')
    assert.equal(sniffFormat('Harbour reopens <b>today</b>'), 'text')
  })

  it('names image, document and archive formats by their magic bytes', () => {
    assert.equal(binaryKind(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), 'PNG image')
    assert.equal(binaryKind(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d])), 'PDF document')
    assert.equal(binaryKind(Uint8Array.from([0x41, 0x00, 0x42])), 'binary data')
    assert.equal(binaryKind(Buffer.from('plain text')), null)
  })
})
