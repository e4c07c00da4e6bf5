import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { bioSpans } from './bio-tags.js'
import { GAZETTEER_FINGERPRINT } from './gazetteers/gazetteer-index.js'
import { loadNerModel, tagTokens, toParallaxType } from './index.js'
import { indexFeatures, saveNerModel } from './ner-model.js'

/** The entities of a tagged sentence as `text/TYPE`, parallax types. */
function entities(words: string[], tags: string[]): string[] {
  return bioSpans(tags).map((span) => {
    const name = words.slice(span.start, span.end).join(' ')
    return `${name}/${toParallaxType(span.type, name)}`
  })
}

describe('the committed entity model', () => {
  const started = performance.now()
  const model = loadNerModel()
  const loadMs = performance.now() - started

  it('loads from the package root in well under a second', () => {
    assert.ok(loadMs < 1000, `took ${loadMs.toFixed(0)} ms`)
  })

  it('loads the same whatever the working directory is', () => {
    const cwd = process.cwd()
    const scratch = mkdtempSync(join(tmpdir(), 'parallax-ner-'))
    try {
      process.chdir(scratch)
      assert.equal(loadNerModel().featureIds.size, model.featureIds.size)
    } finally {
      process.chdir(cwd)
      rmSync(scratch, { recursive: true })
    }
  })

  it('was trained with the gazetteers as they are now (retrain after editing a list)', () => {
    assert.equal(model.info.gazetteerFingerprint, GAZETTEER_FINGERPRINT)
  })

  it('finds an invented person, a real agency and a real city in an invented sentence', () => {
    const words = 'Police spokesman Tomas Verhallen told Reuters in Lisbon on Friday that the inquiry would continue .'.split(' ')
    const [tags] = tagTokens(model, [words])
    assert.deepEqual(entities(words, tags ?? []), ['Tomas Verhallen/PERSON', 'Reuters/ORG', 'Lisbon/GPE'])
  })

  it('finds the surname alone later in the same document', () => {
    const document = [
      'Harbour pilot Ines Marovska said the ship ran aground near Valencia .'.split(' '),
      'Marovska said the crew was safe .'.split(' '),
    ]
    const tags = tagTokens(model, document)
    assert.deepEqual(entities(document[1]!, tags[1]!), ['Marovska/PERSON'])
  })

  it('returns one tag per token and nothing for an empty document', () => {
    const words = ['Quiet', 'day', '.']
    assert.equal(tagTokens(model, [words])[0]?.length, 3)
    assert.deepEqual(tagTokens(model, []), [])
    assert.deepEqual(tagTokens(model, [[]]), [[]])
  })
})

describe('saveNerModel and loadNerModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ner-'))
  after(() => rmSync(dir, { recursive: true }))

  it('round-trip a model without changing its tags', () => {
    const model = loadNerModel()
    const path = join(dir, 'copy.json.gz')
    saveNerModel(model, path)
    const copy = loadNerModel(path)
    const words = 'Ondrea Vasquel of Tarn Mills flew to Geneva .'.split(' ')
    assert.deepEqual(tagTokens(copy, [words]), tagTokens(model, [words]))
  })

  it('names the file when it cannot read a model', () => {
    assert.throws(() => loadNerModel(join(dir, 'missing.json.gz')), /PARALLAX_ERR_NER_MODEL: .*missing\.json\.gz/)
  })
})

describe('indexFeatures', () => {
  it('splits a key at its first "=", so a value may itself contain one', () => {
    const index = indexFeatures(new Map([['w==', 0], ['w-1w=a|=', 1], ['b=', 2]]))
    assert.equal(index.get('w')?.get('='), 0)
    assert.equal(index.get('w-1w')?.get('a|='), 1)
    assert.equal(index.get('b')?.get(''), 2)
  })
})
