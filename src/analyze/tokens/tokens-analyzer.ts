// Tokens inside each sentence, from wink's lossless tokenizer, with hyphenated compounds kept whole.
import type { Annotation } from '../../core/annotation.js'
import { makeAnnotation } from '../../core/annotation.js'
import { defineAnalyzer } from '../analyzer.js'
import { locateTokens, rawTokens, winkTokens } from '../wink.js'

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol' | 'currency' | 'emoji' | 'other'

export interface TokenData {
  kind: TokenKind
  /** Index of the sentence annotation the token belongs to. */
  sentence: number
  /** Universal part-of-speech tag from wink's tagger (NOUN, PROPN, VERB, ADJ, …). */
  pos: string
}

declare module '../../core/layers.js' {
  interface LayerMap {
    tokens: Annotation<TokenData>[]
  }
}

const KINDS: Record<string, TokenKind> = {
  word: 'word',
  number: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  currency: 'currency',
  emoji: 'emoji',
  emoticon: 'emoji',
}

interface Located {
  start: number
  end: number
  kind: TokenKind
  pos: string
}

/**
 * wink splits "Trump-Putin" into three tokens; news names and compounds read as one word
 * (CoNLL tokenises them so too, which the entity model is trained on), so rejoin parts that touch.
 */
function joinHyphenated(text: string, tokens: Located[]): Located[] {
  const out: Located[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const last = out[out.length - 1]
    const next = tokens[i + 1]
    const isHyphen = text.slice(token.start, token.end) === '-' || text.slice(token.start, token.end) === '‐'
    if (
      isHyphen && last && next &&
      last.end === token.start && token.end === next.start &&
      (last.kind === 'word' || last.kind === 'number') && (next.kind === 'word' || next.kind === 'number')
    ) {
      last.end = next.end
      last.kind = 'word'
      last.pos = next.pos // the head of an English compound is its last part
      i++
      continue
    }
    out.push({ ...token })
  }
  return out
}

export function tokenize(text: string, from = 0, to = text.length): Located[] {
  const slice = text.slice(from, to)
  const { tokens } = rawTokens(winkTokens(), slice)
  const located = locateTokens(slice, tokens).map((t) => ({
    start: from + t.start,
    end: from + t.end,
    kind: KINDS[t.type] ?? 'other',
    pos: t.pos,
  }))
  return joinHyphenated(text, located)
}

export const tokens = () =>
  defineAnalyzer({
    name: 'tokens',
    version: '2',
    requires: ['sentences'],
    assigns: ['tokens'],
    analyze: (doc) => {
      const text = doc.article.text
      const out: Annotation<TokenData>[] = []
      ;(doc.layers.sentences ?? []).forEach((sentence, index) => {
        for (const t of tokenize(text, sentence.start, sentence.end)) {
          out.push(makeAnnotation('tokens', 'tokens@2', t.start, t.end, { kind: t.kind, sentence: index, pos: t.pos }))
        }
      })
      return { tokens: out }
    },
  })
