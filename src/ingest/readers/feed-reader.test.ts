import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { isParallaxError } from '../../core/errors.js'
import { isValidSpan } from '../../core/span.js'
import { looksLikeFeed, readFeed } from './feed-reader.js'

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')
const articlesOf = (results: ReturnType<typeof readFeed>['results']) =>
  results.map((r) => {
    assert.ok(r.article, `expected an article for ${r.input}, got ${r.error?.message}`)
    return r.article
  })

const rss = (items: string, channel = '<title>Test Echo</title>') =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${channel}${items}</channel></rss>`
const LONG = 'The harbour wall at Northshore will be rebuilt over the summer, the council said on Monday. '.repeat(6)

describe('readFeed: RSS', () => {
  const { results, links } = readFeed(fixture('feed-rss.xml'), 'feed-rss.xml')
  const [library, harbour] = articlesOf(results)

  it('turns each item with content:encoded into an article', () => {
    assert.equal(results.length, 2)
    assert.ok(library!.text.startsWith('Northshore’s central library will open on Sundays from next month'))
    assert.ok(harbour!.text.includes('The harbourmaster, Ewan Reddy, said the work would now finish in April.'))
  })

  it('renders the item HTML one paragraph per line', () => {
    assert.equal(library!.text.split('\n').length, 3)
    assert.ok(!library!.text.includes('<p>'))
  })

  it('names each item by the feed and its guid', () => {
    assert.deepEqual(
      results.map((r) => r.input),
      ['feed-rss.xml#https://northshore-echo.example/news/library-sundays', 'feed-rss.xml#https://northshore-echo.example/news/harbour-wall-delay'],
    )
    assert.equal(library!.meta.input, 'feed-rss.xml#https://northshore-echo.example/news/library-sundays')
  })

  it('takes the feed title as the outlet', () => {
    assert.equal(library!.meta.outlet, 'Northshore Echo')
    assert.equal(library!.meta.provenance.outlet, 'feed:title')
  })

  it('reads the RFC 822 pubDate as the publication date', () => {
    assert.deepEqual(library!.meta.publishedAt, {
      value: '2026-02-09',
      precision: 'day',
      datetime: 'Mon, 09 Feb 2026 08:00:00 GMT',
      inferred: false,
      source: 'feed:item:date',
    })
    assert.equal(harbour!.meta.publishedAt?.value, '2026-02-10')
  })

  it('takes dc:creator as the byline', () => {
    assert.equal(library!.meta.byline, 'Hannah Vos')
    assert.equal(library!.meta.provenance.byline, 'feed:item:author')
  })

  it('takes the item title and link as title and url', () => {
    assert.equal(library!.meta.title, 'Library to stay open on Sundays after petition')
    assert.equal(library!.meta.url, 'https://northshore-echo.example/news/library-sundays')
    assert.equal(library!.meta.provenance.url, 'feed:item:link')
  })

  it('hands back an item with only a link for fetching, with its metadata', () => {
    assert.equal(links.length, 1)
    const [link] = links
    assert.equal(link!.url, 'http://127.0.0.1:PORT/linked.html')
    assert.equal(link!.input, 'feed-rss.xml#http://127.0.0.1:PORT/linked.html')
    assert.equal(link!.meta.title, 'Council publishes new parking charges')
    assert.equal(link!.meta.outlet, 'Northshore Echo')
    assert.equal(link!.meta.publishedAt?.value, '2026-02-11')
  })

  it('keeps every span of a feed article inside its text', () => {
    for (const article of [library!, harbour!]) for (const b of article.boilerplate) assert.ok(isValidSpan(b.span, article.text.length))
  })

  it('fetches the page of an item whose description is only a teaser', () => {
    const feed = readFeed(rss('<item><title>T</title><link>https://echo.example/a</link><description>The wall will be rebuilt.</description></item>'), 'f.xml')
    assert.equal(feed.results.length, 0)
    assert.deepEqual(feed.links.map((l) => l.url), ['https://echo.example/a'])
  })

  it('takes a long description as the article', () => {
    const feed = readFeed(rss(`<item><title>T</title><link>https://echo.example/a</link><description>${LONG}</description></item>`), 'f.xml')
    assert.equal(articlesOf(feed.results).length, 1)
    assert.equal(feed.links.length, 0)
  })

  it('keeps a short item that has no link to fetch instead', () => {
    const feed = readFeed(rss('<item><title>Brief</title><description>The wall will be rebuilt over the summer, the council said.</description></item>'), 'f.xml')
    assert.deepEqual(articlesOf(feed.results).map((a) => a.text), ['The wall will be rebuilt over the summer, the council said.'])
  })

  it('reports an item with neither text nor link as PARALLAX_ERR_NO_TEXT naming the item', () => {
    const feed = readFeed(rss('<item><title>Empty</title></item>'), 'f.xml')
    assert.equal(feed.results.length, 1)
    assert.equal(feed.results[0]!.error?.code, 'PARALLAX_ERR_NO_TEXT')
    assert.equal(feed.results[0]!.input, 'f.xml#1')
  })

  it('keeps a guid and a title that look like numbers exactly as written', () => {
    const feed = readFeed(rss(`<item><title>007</title><guid isPermaLink="false">000123</guid><description>${LONG}</description></item>`), 'f.xml')
    assert.equal(feed.results[0]!.input, 'f.xml#000123')
    assert.equal(feed.results[0]!.article?.meta.title, '007')
  })

  it('decodes entities in an item title', () => {
    const feed = readFeed(rss(`<item><title>Fish &amp; chips shop &#8220;saved&#8221;</title><description>${LONG}</description></item>`), 'f.xml')
    assert.equal(feed.results[0]!.article?.meta.title, 'Fish & chips shop “saved”')
  })
})

describe('readFeed: Atom', () => {
  const { results, links } = readFeed(fixture('feed-atom.xml'), 'feed-atom.xml')
  const [bus, cheese] = articlesOf(results)

  it('turns each entry with content into an article', () => {
    assert.equal(results.length, 2)
    assert.equal(links.length, 0)
    assert.ok(bus!.text.startsWith('The school bus from Fenwick to Carrow Hill will return to its usual route on Monday'))
  })

  it('decodes the escaped HTML of type="html" content into text', () => {
    assert.ok(bus!.text.includes('“Parents have been very patient,” said head teacher Gareth Lowe.'))
    assert.ok(!bus!.text.includes('&lt;') && !bus!.text.includes('<p>'))
  })

  it('takes the feed title, entry author, alternate link and published date', () => {
    assert.equal(bus!.meta.outlet, 'Upland Courier')
    assert.equal(bus!.meta.byline, 'Ilse Brandt')
    assert.equal(bus!.meta.url, 'https://uplandcourier.example/2026/02/13/bus-route-restored')
    assert.deepEqual(bus!.meta.publishedAt, {
      value: '2026-02-13',
      precision: 'day',
      datetime: '2026-02-13T07:00:00Z',
      inferred: false,
      source: 'feed:item:date',
    })
  })

  it('prefers the published date over the updated date', () => {
    assert.equal(cheese!.meta.publishedAt?.datetime, '2026-02-12T15:45:00Z')
  })

  it('names each entry by its id', () => {
    assert.equal(results[1]!.input, 'feed-atom.xml#https://uplandcourier.example/2026/02/12/cheese-award')
  })
})

describe('readFeed: errors', () => {
  it('reports broken XML as PARALLAX_ERR_FEED_PARSE with the line and column', () => {
    const broken = '<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>X</title>\n<item><title>a</item></channel></rss>'
    assert.throws(
      () => readFeed(broken, 'broken.xml'),
      (error) =>
        isParallaxError(error) && error.code === 'PARALLAX_ERR_FEED_PARSE' && error.input === 'broken.xml' && /line 4, column \d+/.test(error.message),
    )
  })

  it('reports a feed cut off mid-element as PARALLAX_ERR_FEED_PARSE with a position', () => {
    assert.throws(
      () => readFeed(fixture('mixed/broken-feed.xml'), 'broken-feed.xml'),
      (error) => isParallaxError(error) && error.code === 'PARALLAX_ERR_FEED_PARSE' && /line \d+, column \d+/.test(error.message),
    )
  })

  it('reports well-formed XML that is no feed as PARALLAX_ERR_FEED_PARSE', () => {
    assert.throws(() => readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'c.xml'), (error) => isParallaxError(error) && error.code === 'PARALLAX_ERR_FEED_PARSE')
  })
})

describe('looksLikeFeed', () => {
  it('recognises RSS, Atom and RDF roots and nothing else', () => {
    assert.ok(looksLikeFeed(fixture('feed-rss.xml')))
    assert.ok(looksLikeFeed(fixture('feed-atom.xml')))
    assert.ok(looksLikeFeed('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>'))
    assert.ok(!looksLikeFeed('<!doctype html><html><body>rss</body></html>'))
  })
})
