import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { writeCorpus } from '../../../bench/generate-corpus.js'
import { cli } from '../../../test/support/run-cli.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DEMO = join(ROOT, 'demo/corpus')
const MIXED = join(ROOT, 'test/fixtures/ingest/mixed')
const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-'))
after(() => rmSync(tmp, { recursive: true, force: true }))


describe('parallax CLI', () => {
  it('ingests a folder, prints a closing summary and exits 0', async () => {
    const db = join(tmp, 'ingest.db')
    const { code, stderr } = await cli('--db', db, 'ingest', DEMO)
    assert.equal(code, 0)
    assert.match(stderr, /^ingested 14, duplicates 1, unchanged 0, failed 0$/m)
  })

  it('names each failed input with its reason on one line, goes on, and exits 1', async () => {
    const { code, stderr } = await cli('--db', join(tmp, 'mixed.db'), 'ingest', MIXED)
    assert.equal(code, 1)
    const failures = stderr.split('\n').filter((l) => l.startsWith('failed: '))
    assert.equal(failures.length, 5)
    assert.ok(failures.some((l) => /image\.png: PNG image, not an article/.test(l)))
    assert.ok(failures.some((l) => /empty\.jsonl: empty file/.test(l)))
    assert.match(stderr, /ingested 4, duplicates 0, unchanged 0, failed 5/)
  })

  it('lists, shows and searches stored articles as JSON', async () => {
    const db = join(tmp, 'read.db')
    await cli('--db', db, 'ingest', DEMO)
    const list = JSON.parse((await cli('--db', db, 'list', '--json', '--limit', '3')).stdout)
    assert.equal(list.articles.length, 3)
    assert.equal(list.copies, 1)
    const shown = JSON.parse((await cli('--db', db, 'show', list.articles[0].id, '--json')).stdout)
    assert.equal(shown.article.id, list.articles[0].id)
    assert.ok(shown.article.sentences.length > 3)
    const hits = JSON.parse((await cli('--db', db, 'search', 'Calloway', '--json')).stdout)
    assert.ok(hits.length >= 2)
  })

  it('prints the analysis contract without touching the database when asked not to store', async () => {
    const db = join(tmp, 'nostore.db')
    const { code, stdout } = await cli('--db', db, 'analyze', join(DEMO, 'floods-cpa.txt'), '--json', '--no-store')
    assert.equal(code, 0)
    const doc = JSON.parse(stdout)
    const article = doc.articles[0]
    assert.deepEqual(Object.keys(doc).sort(), ['articles', 'duplicates', 'stories'])
    for (const key of ['id', 'input', 'outlet', 'title', 'url', 'publishedAt', 'text', 'boilerplate', 'sentences']) assert.ok(key in article, key)
    const list = JSON.parse((await cli('--db', db, 'list', '--json')).stdout)
    assert.equal(list.articles.length, 0)
  })

  it('prints a story brief in Markdown and HTML, and refuses an unknown format', async () => {
    const db = join(tmp, 'brief.db')
    await cli('--db', db, 'ingest', DEMO)
    const stories = JSON.parse((await cli('--db', db, 'stories', '--json')).stdout)
    const md = await cli('--db', db, 'story', stories[0].id, '--format', 'md')
    assert.equal(md.code, 0)
    assert.match(md.stdout, /^# .+\n/)
    assert.match(md.stdout, /\[1\]: .+, characters \d+–\d+: “/)
    const html = await cli('--db', db, 'story', stories[0].id, '--format', 'html')
    assert.match(html.stdout, /<ol class="citations">/)
    const bad = await cli('--db', db, 'story', stories[0].id, '--format', 'pdf')
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /--format: must be md, html or json, not pdf/)
  })

  it('exits 1 with the id named when showing an unknown article', async () => {
    const { code, stderr } = await cli('--db', join(tmp, 'empty.db'), 'show', 'deadbeef')
    assert.equal(code, 1)
    assert.match(stderr, /PARALLAX_ERR_NOT_FOUND: deadbeef/)
  })

  it('names a bad option value and exits 2', async () => {
    const split = await cli('eval', 'timex', '--timeml', 'x', '--split', 'test')
    assert.equal(split.code, 2)
    assert.match(split.stderr, /--split: must be train or dev, not test/)
    const limit = await cli('--db', join(tmp, 'limit.db'), 'list', '--limit', '0')
    assert.equal(limit.code, 2)
    assert.match(limit.stderr, /'--limit <n>' argument '0' is invalid/)
  })

  it('exits 2 on a usage error and prints help for each command', async () => {
    assert.equal((await cli('frobnicate')).code, 2)
    const help = await cli('ingest', '--help')
    assert.equal(help.code, 0)
    assert.match(help.stdout, /Usage: parallax ingest/)
  })
})

describe('parallax quotes', () => {
  it('lists stored quotes of one speaker as JSON', async () => {
    const db = join(tmp, 'quotes.db')
    await cli('--db', db, 'ingest', DEMO)
    const { code, stdout } = await cli('--db', db, 'quotes', '--speaker', 'Ilvesson', '--json')
    assert.equal(code, 0)
    const quotes = JSON.parse(stdout) as { speaker: { name: string } | null; text: string }[]
    assert.ok(quotes.length > 0)
    assert.ok(quotes.every((q) => q.speaker?.name === 'Marta Ilvesson'))
  })

  it('exits 2 when eval quotes is given neither gold nor PolNeAR', async () => {
    const { code, stderr } = await cli('eval', 'quotes')
    assert.equal(code, 2)
    assert.match(stderr, /--gold and --articles, or --polnear/)
  })
})

describe('parallax CLI killed mid-run', () => {
  it('leaves a consistent database that the next run completes without duplicates', async () => {
    const corpus = join(tmp, 'kill-corpus')
    const files = await writeCorpus(corpus, 1500)
    const db = join(tmp, 'kill.db')
    const run = () => spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/interfaces/cli/main.ts'), '--db', db, 'ingest', corpus], { cwd: ROOT, stdio: 'ignore' })
    const count = () => {
      try {
        const conn = new Database(db, { readonly: true, fileMustExist: true })
        try {
          return conn.prepare('SELECT count(*) FROM articles').pluck().get() as number
        } finally {
          conn.close()
        }
      } catch {
        return 0 // not created yet, or its schema is still being written
      }
    }
    const child = run()
    const exited = new Promise((resolve) => child.on('exit', resolve))
    const deadline = Date.now() + 60_000
    while (count() < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGKILL')
    await exited
    const partial = count()
    assert.ok(partial >= 100 && partial < files.length, `killed after ${partial} of ${files.length}`)

    const conn = new Database(db)
    assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok')
    const orphans = conn.prepare('SELECT count(*) FROM layers WHERE article_id NOT IN (SELECT id FROM articles)').pluck().get()
    assert.equal(orphans, 0)
    const indexed = conn.prepare('SELECT count(*) FROM articles_fts').pluck().get()
    assert.equal(indexed, partial)
    conn.close()

    const second = run()
    const code = await new Promise((resolve) => second.on('exit', resolve))
    assert.equal(code, 0)
    const done = new Database(db, { readonly: true })
    assert.equal(done.prepare('SELECT count(*) FROM articles').pluck().get(), files.length)
    assert.equal(done.prepare('SELECT count(DISTINCT fingerprint) FROM articles').pluck().get(), files.length)
    assert.equal(done.prepare('SELECT count(*) FROM articles_fts').pluck().get(), files.length)
    assert.equal(done.prepare('SELECT count(DISTINCT article_id) FROM story_articles').pluck().get(), files.length)
    done.close()
  })
})
