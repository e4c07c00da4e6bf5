import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { writeCorpus } from '../../../bench/generate-corpus.js'
import { cli } from '../../../test/support/run-cli.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const DEMO = join(ROOT, 'demo/corpus')
const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-stories-'))
after(() => rmSync(tmp, { recursive: true, force: true }))


describe('parallax stories, story, recluster', () => {
  const db = join(tmp, 'demo.db')
  before(async () => {
    await cli('--db', db, 'ingest', DEMO)
  })

  it('lists the stories as JSON with their articles, outlets and independent sources', async () => {
    const { code, stdout } = await cli('--db', db, 'stories', '--json')
    assert.equal(code, 0)
    const stories = JSON.parse(stdout) as { id: string; title: string; articles: string[]; outlets: string[]; independentSources: number; firstPublished: string }[]
    assert.equal(stories.length, 4)
    for (const s of stories) {
      assert.match(s.id, /^story:[0-9a-f]{16}$/)
      assert.equal(s.independentSources, s.articles.length)
      assert.ok(s.title.length > 10 && s.firstPublished.startsWith('2026-'))
    }
    assert.equal(stories.filter((s) => s.outlets.includes('The Daily Meridian')).length, 3, 'the feed reports three of the events')
    const text = await cli('--db', db, 'stories')
    assert.match(text.stdout, /4 stories$/m)
  })

  it('shows why each article is in its story', async () => {
    const [story] = JSON.parse((await cli('--db', db, 'stories', '--json')).stdout) as { id: string; articles: string[] }[]
    const { code, stdout } = await cli('--db', db, 'story', story!.id, '--why')
    assert.equal(code, 0)
    assert.match(stdout, /started the story/)
    assert.equal(stdout.match(/ {4}joined: score \d\.\d\d \(needs \d\.\d\d\), content \d\.\d\d/g)?.length, story!.articles.length - 1)
    assert.match(stdout, /shares /)
    assert.match(stdout, /runner-up: /)
    const json = JSON.parse((await cli('--db', db, 'story', story!.id, '--json')).stdout) as { members: { decision: { action: string } }[] }
    assert.deepEqual(json.members.map((m) => m.decision.action), ['started', ...story!.articles.slice(1).map(() => 'joined')])
  })

  it('rebuilds the same stories with recluster', async () => {
    const before = (await cli('--db', db, 'stories', '--json')).stdout
    const { code, stderr } = await cli('--db', db, 'recluster')
    assert.equal(code, 0)
    assert.match(stderr, /reclustered 14 articles into 4 stories/)
    const strip = (json: string) => (JSON.parse(json) as { updatedAt: string }[]).map(({ updatedAt: _, ...rest }) => rest)
    assert.deepEqual(strip((await cli('--db', db, 'stories', '--json')).stdout), strip(before))
  })

  it('exits 1 naming an unknown story and 2 for an unknown eval split', async () => {
    const missing = await cli('--db', db, 'story', 'story:0123456789abcdef')
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /PARALLAX_ERR_NOT_FOUND: story:0123456789abcdef/)
    const split = await cli('eval', 'clusters', '--data', tmp, '--split', 'test')
    assert.equal(split.code, 2)
    assert.match(split.stderr, /--split: must be train or dev, not test/)
  })
})

describe('parallax recluster killed mid-run', () => {
  it('never places an article twice, and the next run completes the same stories', async () => {
    const db = join(tmp, 'kill.db')
    await writeCorpus(join(tmp, 'corpus'), 300)
    assert.equal((await cli('--db', db, 'ingest', join(tmp, 'corpus'))).code, 0)
    const snapshot = () => {
      const conn = new Database(db, { readonly: true })
      try {
        return {
          members: conn.prepare('SELECT article_id, story_id FROM story_articles ORDER BY article_seq').all() as { article_id: string; story_id: string }[],
          sizes: conn.prepare('SELECT s.size, (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id) AS members FROM stories s').all() as { size: number; members: number }[],
        }
      } finally {
        conn.close()
      }
    }
    const complete = snapshot()
    assert.equal(complete.members.length, 300)

    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/interfaces/cli/main.ts'), '--db', db, 'recluster'], { cwd: ROOT, stdio: 'ignore' })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    const deadline = Date.now() + 60_000
    let placed = 300
    // wait until the old stories are gone and the new ones are part-way
    while (Date.now() < deadline) {
      try {
        placed = snapshot().members.length
      } catch {
        // locked for a moment by the writer
      }
      if (placed > 20 && placed < 250) break
      await new Promise((r) => setTimeout(r, 5))
    }
    child.kill('SIGKILL')
    await exited

    const partial = snapshot()
    if (process.env.PARALLAX_DEBUG) console.log(`killed after ${partial.members.length}`)
    assert.ok(partial.members.length < 300, `killed after ${partial.members.length} of 300`)
    assert.equal(new Set(partial.members.map((m) => m.article_id)).size, partial.members.length)
    assert.ok(partial.sizes.every((s) => s.size === s.members), 'each story’s size matches its members')

    // any later run (here an ingest that adds nothing) completes the clustering in ingest order
    assert.equal((await cli('--db', db, 'ingest', join(tmp, 'corpus'))).code, 0)
    assert.deepEqual(snapshot().members, complete.members)
  })
})
