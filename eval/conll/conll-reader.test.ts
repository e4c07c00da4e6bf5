import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { documentTags, documentWords, extractSpans, parseConll } from './conll-reader.js'

// An invented snippet in the CoNLL-2003 layout: IOB1 tags, with B- only where two entities
// of one type touch ("Harwick" then "Delmont").
const SNIPPET = `-DOCSTART- -X- O O

Ondrea NNP I-NP I-PER
Vasquel NNP I-NP I-PER
visited VBD I-VP O
Harwick NNP I-NP I-LOC
Delmont NNP I-NP B-LOC
. . O O

Tarn NNP I-NP I-ORG
Mills NNPS I-NP I-ORG
rose VBD I-VP O

-DOCSTART- -X- O O

Brenvik NNP I-NP I-MISC
fans NNS I-NP O
`

describe('parseConll', () => {
  it('splits documents at -DOCSTART- lines and sentences at blank lines', () => {
    const documents = parseConll(SNIPPET)
    assert.equal(documents.length, 2)
    assert.deepEqual(
      documents.map((document) => document.sentences.length),
      [2, 1],
    )
    assert.deepEqual(documentWords(documents[1]!), [['Brenvik', 'fans']])
  })

  it('keeps the POS and chunk columns beside the word', () => {
    const token = parseConll(SNIPPET)[0]!.sentences[1]!.tokens[1]!
    assert.deepEqual(token, { word: 'Mills', pos: 'NNPS', chunk: 'I-NP', tag: 'I-ORG' })
  })

  it('converts IOB1 to BIO, starting every entity with B-', () => {
    assert.deepEqual(documentTags(parseConll(SNIPPET)[0]!), [
      ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O'],
      ['B-ORG', 'I-ORG', 'O'],
    ])
  })

  it('treats text before any -DOCSTART- as a document of its own', () => {
    const documents = parseConll('Kell NNP I-NP I-PER\nran VBD I-VP O\n')
    assert.equal(documents.length, 1)
    assert.deepEqual(documentTags(documents[0]!), [['B-PER', 'O']])
  })

  it('names the file and line of a row without four columns', () => {
    assert.throws(() => parseConll('-DOCSTART- -X- O O\n\nword NN\n', 'bad.conll'), /PARALLAX_ERR_CONLL_PARSE: bad\.conll:3:/)
  })
})

describe('extractSpans', () => {
  it('reads two adjacent same-type entities from IOB1 as two spans', () => {
    assert.deepEqual(extractSpans(['I-LOC', 'B-LOC', 'O']), [
      { type: 'LOC', start: 0, end: 1 },
      { type: 'LOC', start: 1, end: 2 },
    ])
  })

  it('starts a new span where the type changes inside a run of I- tags', () => {
    assert.deepEqual(extractSpans(['B-ORG', 'I-ORG', 'I-PER']), [
      { type: 'ORG', start: 0, end: 2 },
      { type: 'PER', start: 2, end: 3 },
    ])
  })

  it('closes a span that runs to the end of the sentence', () => {
    assert.deepEqual(extractSpans(['O', 'B-MISC', 'I-MISC']), [{ type: 'MISC', start: 1, end: 3 }])
  })
})
