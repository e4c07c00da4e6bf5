import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import type { IngestedArticle } from '../../core/article.js'
import { isParallaxError } from '../../core/errors.js'
import { isValidSpan } from '../../core/span.js'
import { readHtml } from './html-reader.js'

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')

function boilerplateOf(article: IngestedArticle): [string, string][] {
  for (const b of article.boilerplate) assert.ok(isValidSpan(b.span, article.text.length), `bad span ${b.span} (${b.kind})`)
  return article.boilerplate.map((b) => [b.kind, article.text.slice(b.span[0], b.span[1])])
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const PARAGRAPHS =
  '<p>The ferry link between Aldport and the island of Vell was suspended on Wednesday after a second crossing in a week had to turn back in high winds.</p>' +
  '<p>Skerry Lines said that all sailings would remain cancelled until at least Friday morning. About 1,300 passengers had been booked on the route this week.</p>'

describe('readHtml: metadata', () => {
  const article = readHtml(fixture('article.html'), { input: 'article.html' })

  it('takes the outlet from og:site_name', () => {
    assert.equal(article.meta.outlet, 'The Harbour Times')
    assert.equal(article.meta.provenance.outlet, 'meta:og:site_name')
  })

  it('takes the title from og:title rather than the <title> with its site suffix', () => {
    assert.equal(article.meta.title, 'Kestrel Bay council approves tram extension')
    assert.equal(article.meta.provenance.title, 'meta:og:title')
  })

  it('takes the url from link rel=canonical', () => {
    assert.equal(article.meta.url, 'https://harbourtimes.example/local/2026/02/12/tram-extension-approved')
    assert.equal(article.meta.provenance.url, 'link:canonical')
  })

  it('takes the byline from meta name=author', () => {
    assert.equal(article.meta.byline, 'Nadia Kerr')
    assert.equal(article.meta.provenance.byline, 'meta:author')
  })

  it('takes the publication date from article:published_time with the timestamp as written', () => {
    assert.deepEqual(article.meta.publishedAt, {
      value: '2026-02-12',
      precision: 'day',
      datetime: '2026-02-12T16:20:00Z',
      inferred: false,
      source: 'meta:article:published_time',
    })
    assert.equal(article.meta.provenance.publishedAt, 'meta:article:published_time')
  })

  it('names the input it was read from', () => {
    assert.equal(article.meta.input, 'article.html')
  })

  it('falls back to JSON-LD for the outlet, title and date when the page has no meta tags', () => {
    const only = readHtml(fixture('article-jsonld-only.html'), { input: 'article-jsonld-only.html' })
    assert.equal(only.meta.outlet, 'Coastline Weekly')
    assert.equal(only.meta.provenance.outlet, 'json-ld:publisher')
    assert.equal(only.meta.title, "Lighthouse keeper's cottage to become museum")
    assert.equal(only.meta.provenance.title, 'json-ld:headline')
    assert.deepEqual(only.meta.publishedAt, {
      value: '2026-02-10',
      precision: 'day',
      datetime: '2026-02-10T10:00:00+01:00',
      inferred: false,
      source: 'json-ld:datePublished',
    })
    assert.equal(only.meta.url, null)
  })

  it('reads JSON-LD inside an @graph and a list of authors', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        { '@type': 'NewsArticle', headline: 'Graph headline', author: [{ name: 'Ana Ruiz' }, { name: 'Tom Berg' }], publisher: { name: 'Graph Post' } },
      ],
    })
    const article = readHtml(page(`<article>${PARAGRAPHS}</article>`, `<script type="application/ld+json">${ld}</script>`), { input: 'graph.html' })
    assert.equal(article.meta.title, 'Graph headline')
    assert.equal(article.meta.byline, 'Ana Ruiz, Tom Berg')
    assert.equal(article.meta.provenance.byline, 'json-ld:author')
    assert.equal(article.meta.outlet, 'Graph Post')
  })

  it('prefers the article node of JSON-LD over a WebPage node listed before it', () => {
    const ld = JSON.stringify([
      { '@type': 'WebPage', name: 'Quay reopens | Harbour Times' },
      { '@type': 'NewsArticle', headline: 'Quay reopens' },
    ])
    const article = readHtml(page(`<article>${PARAGRAPHS}</article>`, `<script type="application/ld+json">${ld}</script>`), { input: 'ld.html' })
    assert.equal(article.meta.title, 'Quay reopens')
  })

  it('resolves a relative canonical link against og:url', () => {
    const head = '<link rel="canonical" href="/local/quay"><meta property="og:url" content="https://harbourtimes.example/local/quay?ref=og">'
    const article = readHtml(page(`<article>${PARAGRAPHS}</article>`, head), { input: 'rel.html' })
    assert.equal(article.meta.url, 'https://harbourtimes.example/local/quay')
    assert.equal(article.meta.provenance.url, 'link:canonical')
  })

  it('resolves a relative canonical link against the address the page was fetched from', () => {
    const article = readHtml(page(`<article>${PARAGRAPHS}</article>`, '<link rel="canonical" href="quay">'), {
      input: 'https://harbourtimes.example/local/x',
      baseUrl: 'https://harbourtimes.example/local/x',
    })
    assert.equal(article.meta.url, 'https://harbourtimes.example/local/quay')
  })

  it('gives no url for a relative canonical link it cannot resolve', () => {
    const article = readHtml(page(`<article>${PARAGRAPHS}</article>`, '<link rel="canonical" href="/local/quay">'), { input: 'file.html' })
    assert.equal(article.meta.url, null)
  })

  it('ignores a broken JSON-LD block and reads the rest of the page', () => {
    const article = readHtml(page(`<article>${PARAGRAPHS}</article>`, '<script type="application/ld+json">{"headline": </script><meta property="og:title" content="Still here">'), { input: 'x.html' })
    assert.equal(article.meta.title, 'Still here')
  })

  it('takes the date from <time datetime> when nothing else gives one', () => {
    const article = readHtml(page(`<article><time datetime="2026-02-09T07:30:00Z">Monday</time>${PARAGRAPHS}</article>`), { input: 'time.html' })
    assert.equal(article.meta.publishedAt?.value, '2026-02-09')
    assert.equal(article.meta.publishedAt?.source, 'time')
    assert.equal(article.meta.provenance.publishedAt, 'time')
  })

  it('lets metadata from outside the page win over the page', () => {
    const article = readHtml(fixture('article.html'), {
      input: 'feed.xml#7',
      meta: { outlet: 'Harbour Feed', provenance: { outlet: 'feed:title' } },
    })
    assert.equal(article.meta.outlet, 'Harbour Feed')
    assert.equal(article.meta.provenance.outlet, 'feed:title')
    assert.equal(article.meta.title, 'Kestrel Bay council approves tram extension')
  })
})

describe('readHtml: main text', () => {
  const article = readHtml(fixture('article.html'), { input: 'article.html' })

  it('keeps ad and sponsored blocks out of the text', () => {
    assert.ok(!article.text.includes('Sponsored'))
    assert.ok(!article.text.includes('New-build flats'))
  })

  it('keeps navigation and footer out of the text', () => {
    assert.ok(!/\bHome\b/.test(article.text))
    assert.ok(!article.text.includes('All rights reserved'))
  })

  it('keeps every paragraph of the article, one per line, with its typography', () => {
    assert.ok(article.text.includes('Kestrel Bay council voted on Thursday to extend the city’s tram line by 4.2 km'))
    assert.ok(article.text.includes('“This is the most important transport decision the city has made in a generation,” said councillor Maya Orme'))
    assert.ok(article.text.includes('\nThe £210m project was approved by 31 votes to 12. Work is due to begin next spring.\n'))
  })

  it('marks the figcaption as a caption', () => {
    assert.deepEqual(
      boilerplateOf(article).filter(([kind]) => kind === 'caption'),
      [['caption', 'A tram at the Quayside stop. Photo: Ben Ashworth/The Harbour Times']],
    )
  })

  it('marks a figcaption without credit wording as a caption too', () => {
    const html = page(`<article><figure><img src="a.jpg"><figcaption>The quay at dawn</figcaption></figure>${PARAGRAPHS}</article>`)
    const captioned = readHtml(html, { input: 'fig.html' })
    assert.deepEqual(boilerplateOf(captioned), [['caption', 'The quay at dawn']])
  })

  it('marks the `Read more` link line as promo', () => {
    assert.deepEqual(boilerplateOf(article).filter(([kind]) => kind === 'promo'), [['promo', 'Read more: Tram plans explained']])
  })

  it('marks the line that only shows the <time> as a date-line', () => {
    assert.deepEqual(boilerplateOf(article).filter(([kind]) => kind === 'date-line'), [['date-line', '12 February 2026']])
  })

  it('keeps escaped `&lt;script&gt;` as literal text', () => {
    const html = page('<article><p>The attackers slipped a single &lt;script&gt; tag into the payment page, the bank said on Tuesday, and it went unnoticed for nine days.</p>' + PARAGRAPHS + '</article>')
    const escaped = readHtml(html, { input: 'escaped.html' })
    assert.ok(escaped.text.includes('a single <script> tag into the payment page'))
  })

  it('drops real script and style elements', () => {
    const html = page(`<article><script>var secret = 1</script><style>p{color:red}</style>${PARAGRAPHS}</article>`)
    const text = readHtml(html, { input: 's.html' }).text
    assert.ok(!text.includes('secret') && !text.includes('color'))
  })

  it('keeps the article when its container has a class that merely contains a noise word', () => {
    const html = page(`<div class="article-body share-enabled">${PARAGRAPHS}${PARAGRAPHS.replaceAll('Aldport', 'Brennock')}</div><div class="ad">Sponsored: flats from £189,000.</div>`)
    const kept = readHtml(html, { input: 'share.html' })
    assert.ok(kept.text.includes('The ferry link between Aldport and the island of Vell was suspended'))
    assert.ok(!kept.text.includes('Sponsored'))
  })

  it('removes a block of related links even when it is long', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<p><a href="/s/${i}">Another story about the harbour and its long-running repairs, part ${i}</a></p>`).join('')
    const html = page(`<article>${PARAGRAPHS}<div class="related-stories">${links}</div></article>`)
    assert.ok(!readHtml(html, { input: 'rel.html' }).text.includes('Another story'))
  })

  it('keeps a site tagline below the article out of the text', () => {
    const only = readHtml(fixture('article-jsonld-only.html'), { input: 'article-jsonld-only.html' })
    assert.ok(!only.text.includes('serving the coast since 1948'))
    assert.ok(only.text.endsWith('Volunteers will begin clearing the garden on Saturday.'))
  })

  it('keeps the site header and menu out of a short page that Readability gives up on', () => {
    const html = page('<header><div>Harbour Times</div></header><nav><a href="/">Home</a></nav><p>The quay reopened on Monday after six weeks of repairs.</p><footer>© Harbour Times</footer>')
    const short = readHtml(html, { input: 'short.html' })
    assert.equal(short.text, 'The quay reopened on Monday after six weeks of repairs.')
  })

  it('marks a byline paragraph that names the author in the metadata as byline', () => {
    const html = page(`<article><p class="byline">Nadia Kerr, Transport Editor — 12 February 2026</p>${PARAGRAPHS}</article>`, '<meta name="author" content="Nadia Kerr">')
    const bylined = readHtml(html, { input: 'by.html' })
    assert.deepEqual(boilerplateOf(bylined), [['byline', 'Nadia Kerr, Transport Editor — 12 February 2026']])
    assert.equal(bylined.dateline, null)
  })

  it('separates table cells', () => {
    const html = page(`<article>${PARAGRAPHS}<table><tr><td>Aldport</td><td>12</td></tr></table></article>`)
    const text = readHtml(html, { input: 't.html' }).text
    assert.ok(!text.includes('Aldport12'))
  })

  it('reads a page that leaves out the html, head and body tags', () => {
    const html = `<!doctype html><title>Quay reopens</title><meta property="og:site_name" content="Harbour Times">${PARAGRAPHS}`
    const bare = readHtml(html, { input: 'bare.html' })
    assert.ok(bare.text.startsWith('The ferry link between Aldport and the island of Vell was suspended'))
    assert.equal(bare.meta.outlet, 'Harbour Times')
  })

  it('reads a page with a head but no body tag', () => {
    const html = `<html><head><meta property="og:title" content="Quay reopens"></head>${PARAGRAPHS}</html>`
    const bare = readHtml(html, { input: 'bare.html' })
    assert.equal(bare.meta.title, 'Quay reopens')
    assert.equal(bare.text.split('\n').length, 2)
  })

  it('reads a feed fragment as body without looking for page metadata', () => {
    const article = readHtml(PARAGRAPHS, { input: 'feed.xml#1', fragment: true })
    assert.equal(article.text.split('\n').length, 2)
    assert.equal(article.meta.outlet, null)
  })

  it('keeps every span of a demo page inside its text', () => {
    const article = readHtml(readFileSync(new URL('../../../demo/corpus/trade-deal-geneva-observer.html', import.meta.url), 'utf8'), { input: 'observer.html' })
    const kinds = boilerplateOf(article).map(([kind]) => kind)
    assert.deepEqual(kinds, ['byline', 'date-line', 'caption', 'promo'])
  })
})

describe('readHtml: errors', () => {
  const noText = (input: string) => (error: unknown) =>
    isParallaxError(error) && error.code === 'PARALLAX_ERR_NO_TEXT' && error.input === input && error.message.includes(input)

  it('reports a page with no text as PARALLAX_ERR_NO_TEXT naming the input', () => {
    assert.throws(() => readHtml(page('<img src="a.png">'), { input: 'blank.html' }), noText('blank.html'))
  })

  it('reports a page with nothing but navigation and footer as PARALLAX_ERR_NO_TEXT', () => {
    const html = page('<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2026 Harbour Times</footer>', '<title>Harbour Times</title>')
    assert.throws(() => readHtml(html, { input: 'chrome.html' }), noText('chrome.html'))
  })

  it('reports broken markup without text as PARALLAX_ERR_NO_TEXT', () => {
    assert.throws(() => readHtml(fixture('mixed/broken.html'), { input: 'broken.html' }), noText('broken.html'))
  })

  it('reports an empty string as PARALLAX_ERR_EMPTY', () => {
    assert.throws(() => readHtml('  ', { input: 'e.html' }), (error) => isParallaxError(error) && error.code === 'PARALLAX_ERR_EMPTY')
  })
})
