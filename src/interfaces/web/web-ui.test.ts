// Browser tests of the web UI: the real server (startServer, as `parallax serve` runs it) on a temporary
// database, the UI freshly built by Vite, driven in headless Debian Chromium by playwright-core.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { openEngine, type Engine } from '../../engine.js'
import { startServer, type RunningServer } from '../http/http-server.js'
import type { StoryPage } from '../http/http-stories.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DEMO = join(ROOT, 'demo/corpus')
const SEEDS = join(ROOT, '../shared/seeds')
const SEED_FILES = ['000_e5317f466ec33758.txt', '002_970c53ec8045b3b4.txt'].map((f) => join(SEEDS, f))
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

const NO_CHROMIUM = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: install Debian chromium (apt-get install -y --no-install-recommends chromium)`
const NO_SEEDS = SEED_FILES.every((f) => existsSync(f)) ? false : `the seed articles are absent (${SEEDS})`

let browser: Browser
let web: string

before(async () => {
  if (NO_CHROMIUM) return
  // the UI as the sources are now, not as dist/web was last built
  web = await mkdtemp(join(tmpdir(), 'parallax-web-'))
  await build({ configFile: join(ROOT, 'src/interfaces/web/vite.config.ts'), build: { outDir: web, emptyOutDir: true }, logLevel: 'warn' })
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
})

after(async () => {
  await browser?.close()
  if (web) await rm(web, { recursive: true, force: true })
})

interface Site {
  url: string
  engine: Engine
  page: Page
}

/**
 * A server on a fresh database in a temporary folder, filled by `fill`, and a browser page; all of it is
 * closed and removed after the suite.
 */
function site(fill: (engine: Engine) => Promise<unknown>): () => Site {
  let dir: string
  let engine: Engine
  let server: RunningServer
  let context: BrowserContext
  let current: Site
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-ui-db-'))
    engine = openEngine({ db: join(dir, 'parallax.db') })
    await fill(engine)
    server = await startServer({ engine, port: 0, host: '127.0.0.1', web })
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    page.on('pageerror', (error) => assert.fail(`the page threw: ${error.message}`))
    current = { url: server.url, engine, page }
  })
  after(async () => {
    await context?.close()
    await server?.close()
    await engine?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })
  return () => current
}

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url)
  assert.equal(response.status, 200, url)
  return (await response.json()) as T
}

/** The text of the highlighted runs of one article's column, in order. */
const highlighted = (page: Page, articleId: string) => page.locator(`[data-article="${articleId}"] .text [data-hl]`).allTextContents().then((parts) => parts.join(''))

/** Opens the story list, then the story, and waits for its columns. */
async function openStory(page: Page, url: string, title: string, columns: number) {
  await page.goto(`${url}/`)
  await page.getByRole('link', { name: title }).click()
  await page.locator('.col').nth(columns - 1).waitFor()
  assert.equal(await page.locator('.col').count(), columns)
}

describe('web UI on the two seed reports', { skip: NO_CHROMIUM || NO_SEEDS }, () => {
  const current = site((engine) => engine.ingest(SEED_FILES))

  it('lists one story of two articles, shows both texts, and highlights the Ushakov quote in both', async () => {
    const { url, page } = current()
    const list = await getJson<{ total: number; stories: { id: string; title: string; articles: string[] }[] }>(`${url}/stories`)
    assert.equal(list.total, 1)
    assert.equal(list.stories[0]!.articles.length, 2)
    const story = await getJson<StoryPage>(`${url}/stories/${encodeURIComponent(list.stories[0]!.id)}`)

    await openStory(page, url, story.story.title, 2)
    for (const article of story.articles) {
      assert.equal(await page.locator(`[data-article="${article.id}"] .text`).textContent(), article.text, `the text of ${article.label}`)
    }

    const quote = story.comparison.quotes.find((q) => q.variants.some((v) => v.text.startsWith('We are now beginning concrete preparations')))
    assert.ok(quote, 'the comparison matches the Ushakov quote')
    await page.getByRole('tab', { name: /Quotes/ }).click()
    await page.getByRole('button', { name: /We are now beginning concrete preparations/ }).first().click()
    const carrying = new Set(quote.variants.map((v) => v.article))
    assert.equal(carrying.size, 2, 'both articles carry the quote')
    for (const v of quote.variants) {
      const article = story.articles.find((a) => a.id === v.article)!
      assert.equal(await highlighted(page, v.article), article.text.slice(v.span[0], v.span[1]), `the highlight in ${article.label}`)
      assert.match(await highlighted(page, v.article), /^We are now beginning concrete preparations/)
    }
  })
})

describe('web UI on the demo corpus', { skip: NO_CHROMIUM }, () => {
  const current = site((engine) => engine.ingest([DEMO]))

  it('highlights a corroborated fact in every article that states it, chosen in the panel or in a text', async () => {
    const { url, page } = current()
    const { stories } = await getJson<{ stories: { id: string }[] }>(`${url}/stories`)
    const pages = await Promise.all(stories.map((s) => getJson<StoryPage>(`${url}/stories/${encodeURIComponent(s.id)}`)))
    const story = pages.find((p) => p.comparison.facts.some((f) => f.status === 'corroborated'))
    assert.ok(story, 'a demo story has a corroborated fact')
    await openStory(page, url, story.story.title, story.articles.length)

    const first = page.locator('.item.fact.corroborated').first()
    const key = await first.getAttribute('data-key')
    const chosen = story.comparison.facts.find((f) => `fact:${f.id}` === key)!
    assert.equal(chosen.status, 'corroborated')
    assert.ok(chosen.sources.length >= 2)
    await first.click()
    const text = (id: string) => story.articles.find((a) => a.id === id)!.text
    for (const s of chosen.sources) assert.equal(await highlighted(page, s.article), text(s.article).slice(s.span[0], s.span[1]))
    for (const a of story.articles.filter((a) => !chosen.sources.some((s) => s.article === a.id))) assert.equal(await highlighted(page, a.id), '')

    // the same fact chosen by a click on its sentence in another article
    await page.getByRole('button', { name: 'Clear' }).click()
    assert.equal(await page.locator('[data-hl]').count(), 0)
    const other = chosen.sources[1]!
    await page.locator(`[data-article="${other.article}"] .text [data-s="${other.span[0]}"]`).click()
    for (const s of chosen.sources) assert.equal(await highlighted(page, s.article), text(s.article).slice(s.span[0], s.span[1]))
  })

  it('shows a speaker’s quotes over time on the entity page', async () => {
    const { url, page } = current()
    const { quotes } = await getJson<{ quotes: { speaker: { name: string } | null; text: string }[] }>(`${url}/quotes?limit=500`)
    const quoted = quotes.find((q) => q.speaker)!
    await page.goto(`${url}/entity/${encodeURIComponent(quoted.speaker!.name)}`)
    await page.getByRole('heading', { name: 'Quotes over time' }).waitFor()
    const shown = await page.locator('.quotes-over-time q').allTextContents()
    assert.ok(shown.includes(quoted.text), `the quote “${quoted.text}” is listed`)
  })

  it('adds a pasted article through the form and links the story it joined', async () => {
    const { url, page } = current()
    await page.goto(`${url}/ingest`)
    await page.locator('textarea[name="text"]').fill('Ferries across the Tessel strait were cancelled on Friday as a storm reached the coast, the harbour master said.')
    await page.locator('input[name="outlet"]').fill('Strait Times of Tessel')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.locator('.outcome').waitFor()
    assert.match((await page.locator('.outcome').textContent()) ?? '', /1 article stored/)
    assert.equal(await page.locator('.outcome .badge.stored').count(), 1)
    assert.equal(await page.locator('.outcome td a').count(), 1)
  })
})

describe('web UI with markup in an article', { skip: NO_CHROMIUM }, () => {
  const current = site(async () => {})
  const TEXT = [
    'Hostile text arrived at the Tessel newsroom on Monday, the editor said.',
    'It read <script>window.__parallaxPwned = "script"</script> and then <img src=x onerror="window.__parallaxPwned = \'img\'"> in the middle of a sentence.',
    'Nobody ran it, the editor added.',
  ].join('\n')

  it('shows tags in an article’s text as inert characters', async () => {
    const { url, page } = current()
    const response = await fetch(`${url}/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, outlet: 'Tessel <b>Post</b>', title: 'Markup <img src=y onerror="window.__parallaxPwned = \'title\'"> test' }) })
    assert.equal(response.status, 200)
    const report = (await response.json()) as { stored: number }
    assert.equal(report.stored, 1)

    await page.goto(`${url}/`)
    await page.locator('table.stories').waitFor()
    const images = await page.evaluate(() => document.querySelectorAll('img').length)
    const title = page.locator('a.story-title')
    assert.match((await title.textContent()) ?? '', /<img src=y onerror=/)
    await title.click()
    const text = page.locator('.col .text')
    await text.waitFor()
    const shown = (await text.textContent()) ?? ''
    assert.ok(shown.includes('<script>window.__parallaxPwned = "script"</script>'), 'the script tag shows as characters')
    assert.ok(shown.includes('<img src=x onerror="window.__parallaxPwned = \'img\'">'), 'the img tag shows as characters')
    assert.ok(((await page.locator('.col h2').textContent()) ?? '').includes('Tessel <b>Post</b>'))
    await page.waitForTimeout(200) // an injected image would have failed to load and fired onerror by now
    const dom = await page.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('main script, .col script').length,
      bold: document.querySelectorAll('.col b').length,
      pwned: (window as unknown as { __parallaxPwned?: string }).__parallaxPwned ?? null,
    }))
    assert.deepEqual(dom, { images, scripts: 0, bold: 0, pwned: null })
  })
})
