// Reads CoNLL-2003 column files (word POS chunk NER, IOB1) into documents of sentences with BIO gold tags.

import { readFileSync } from 'node:fs'
import { bioSpans, iob1ToBio, type TagSpan } from '../../src/analyze/entities/bio-tags.js'

export interface ConllToken {
  word: string
  pos: string
  chunk: string
  /** Gold NER tag, converted to BIO. */
  tag: string
}

export interface ConllSentence {
  tokens: ConllToken[]
}

export interface ConllDocument {
  sentences: ConllSentence[]
}

export type { TagSpan }

const DOCSTART = '-DOCSTART-'

/**
 * Parses CoNLL-2003 text. A `-DOCSTART-` line opens a new document; text before the first one
 * (as in a hand-written snippet) forms a document of its own. `source` only names the input in
 * error messages.
 */
export function parseConll(text: string, source = '<conll>'): ConllDocument[] {
  const documents: ConllDocument[] = []
  let document: ConllDocument | null = null
  let rows: string[][] = []

  const flushSentence = (): void => {
    if (rows.length === 0) return
    const bio = iob1ToBio(rows.map((row) => row[3] ?? 'O'))
    const tokens = rows.map((row, i): ConllToken => ({
      word: row[0] ?? '',
      pos: row[1] ?? '',
      chunk: row[2] ?? '',
      tag: bio[i] ?? 'O',
    }))
    if (!document) {
      document = { sentences: [] }
      documents.push(document)
    }
    document.sentences.push({ tokens })
    rows = []
  }

  const lines = text.split(/\r?\n/)
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').trim()
    if (line === '') {
      flushSentence()
      continue
    }
    const columns = line.split(/\s+/)
    if (columns[0] === DOCSTART) {
      flushSentence()
      document = { sentences: [] }
      documents.push(document)
      continue
    }
    if (columns.length < 4) {
      throw new Error(`PARALLAX_ERR_CONLL_PARSE: ${source}:${n + 1}: expected 4 columns, got ${columns.length}: ${line}`)
    }
    rows.push(columns)
  }
  flushSentence()
  return documents.filter((doc) => doc.sentences.length > 0)
}

export function readConllFile(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'), path)
}

/** The words of each sentence of a document, the shape the tagger takes. */
export function documentWords(document: ConllDocument): string[][] {
  return document.sentences.map((sentence) => sentence.tokens.map((token) => token.word))
}

/** The gold BIO tags of each sentence of a document. */
export function documentTags(document: ConllDocument): string[][] {
  return document.sentences.map((sentence) => sentence.tokens.map((token) => token.tag))
}

/** Entity spans over a sentence's tags (BIO or IOB1), read as conlleval reads them. */
export function extractSpans(tags: readonly string[]): TagSpan[] {
  return bioSpans(tags)
}
