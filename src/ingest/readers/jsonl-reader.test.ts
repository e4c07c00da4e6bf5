import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { readJsonLines } from './jsonl-reader.js'

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')
const line = (record: Record<string, unknown>) => JSON.stringify(record)
const TEXT = 'The harbour reopened on Monday after six weeks of repairs, the council said.\nBoats returned on Tuesday.'

describe('readJsonLines', () => {
  const results = readJsonLines(fixture('articles.jsonl'), 'articles.jsonl')

  it('turns every good line into an article named file:LINE', () => {
    assert.deepEqual(results.map((r) => [r.input, Boolean(r.article)]), [
      ['articles.jsonl:1', true],
      ['articles.jsonl:2', true],
      ['articles.jsonl:3', true],
    ])
    assert.equal(results[0]!.article?.meta.input, 'articles.jsonl:1')
  })

  it('takes title, url, outlet and publication date from the record with their provenance', () => {
    const meta = results[0]!.article!.meta
    assert.equal(meta.title, 'Community orchard planted on old rail yard')
    assert.equal(meta.url, 'https://greenside-post.example/2026/02/09/orchard')
    assert.equal(meta.outlet, 'Greenside Post')
    assert.deepEqual(meta.publishedAt, { value: '2026-02-09', precision: 'day', inferred: false, source: 'jsonl:publishedAt' })
    assert.deepEqual(meta.provenance, { title: 'jsonl:title', url: 'jsonl:url', outlet: 'jsonl:outlet', publishedAt: 'jsonl:publishedAt' })
  })

  it('keeps the timestamp of a publishedAt with a time', () => {
    assert.deepEqual(results[1]!.article!.meta.publishedAt, {
      value: '2026-02-10',
      precision: 'day',
      datetime: '2026-02-10T11:00:00Z',
      inferred: false,
      source: 'jsonl:publishedAt',
    })
  })

  it('keeps the text field exactly as the record gives it', () => {
    const record = JSON.parse(fixture('articles.jsonl').split('\n')[2]!) as { text: string }
    assert.equal(results[2]!.article!.text, record.text)
  })

  it('reports a broken line and a line without text or html as file:LINE errors and reads the others', () => {
    const bad = readJsonLines(fixture('bad.jsonl'), 'bad.jsonl')
    assert.deepEqual(bad.map((r) => [r.input, r.error?.code ?? 'article']), [
      ['bad.jsonl:1', 'article'],
      ['bad.jsonl:2', 'PARALLAX_ERR_JSONL_PARSE'],
      ['bad.jsonl:3', 'PARALLAX_ERR_JSONL_PARSE'],
    ])
    assert.match(bad[1]!.error!.message, /^PARALLAX_ERR_JSONL_PARSE: bad\.jsonl:2: invalid JSON/)
    assert.match(bad[2]!.error!.message, /^PARALLAX_ERR_JSONL_PARSE: bad\.jsonl:3: .*neither a 'text' nor an 'html' field/)
  })

  it('reports an empty file as PARALLAX_ERR_EMPTY', () => {
    const empty = readJsonLines('', 'empty.jsonl')
    assert.equal(empty.length, 1)
    assert.equal(empty[0]!.input, 'empty.jsonl')
    assert.equal(empty[0]!.error?.code, 'PARALLAX_ERR_EMPTY')
  })

  it('skips blank lines but keeps counting them in line numbers', () => {
    const content = `${line({ text: TEXT })}\n\n   \n${line({ text: TEXT, title: 'Second' })}\n`
    assert.deepEqual(readJsonLines(content, 'gaps.jsonl').map((r) => r.input), ['gaps.jsonl:1', 'gaps.jsonl:4'])
  })

  it('reads CRLF line ends and a leading byte order mark', () => {
    const content = `\uFEFF${line({ text: TEXT })}\r\n${line({ text: TEXT })}\r\n`
    const read = readJsonLines(content, 'crlf.jsonl')
    assert.deepEqual(read.map((r) => r.error?.message ?? 'article'), ['article', 'article'])
  })

  it('reads an html field through the HTML reader', () => {
    const [result] = readJsonLines(line({ html: '<article><p>The harbour reopened on Monday after repairs.</p><p>Boats returned.</p></article>', outlet: 'Echo' }), 'h.jsonl')
    assert.equal(result!.article?.text, 'The harbour reopened on Monday after repairs.\nBoats returned.')
    assert.equal(result!.article?.meta.outlet, 'Echo')
  })

  it('refuses a line that is JSON but not an object', () => {
    const [result] = readJsonLines('["a", "b"]', 'arr.jsonl')
    assert.equal(result!.error?.code, 'PARALLAX_ERR_JSONL_PARSE')
  })

  it('refuses a field of the wrong type, naming the field', () => {
    const [result] = readJsonLines(line({ text: TEXT, title: 42 }), 'types.jsonl')
    assert.match(result!.error!.message, /types\.jsonl:1: field 'title' must be a string/)
  })

  it('refuses a publishedAt that is not a date', () => {
    const [result] = readJsonLines(line({ text: TEXT, publishedAt: 'last Tuesday' }), 'd.jsonl')
    assert.match(result!.error!.message, /field 'publishedAt' is not a date/)
  })

  it('lets the record date win over a date prefix in its text', () => {
    const [result] = readJsonLines(line({ text: `date 2026-01-01 ${TEXT}`, publishedAt: '2026-02-09' }), 'p.jsonl')
    assert.equal(result!.article?.meta.publishedAt?.value, '2026-02-09')
    assert.equal(result!.article?.meta.provenance.publishedAt, 'jsonl:publishedAt')
  })
})
