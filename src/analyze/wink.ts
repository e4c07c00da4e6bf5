// One shared wink-nlp instance per pipe set: its English model splits sentences and tokens well for
// news (Mr., U.S., p.m., Jan. 5, St. Louis), so we build on it rather than on our own regexes.
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

let sentenceNlp: WinkMethods | undefined
let tokenNlp: WinkMethods | undefined

export function winkSentences(): WinkMethods {
  sentenceNlp ??= winkNLP(model, ['sbd'])
  return sentenceNlp
}

export function winkTokens(): WinkMethods {
  tokenNlp ??= winkNLP(model, ['pos'])
  return tokenNlp
}

export interface RawToken {
  value: string
  type: string
  /** Universal POS tag when the instance tags parts of speech, else ''. */
  pos: string
}

/**
 * Tokenizes `text` with wink and locates each token in it. wink reports token values, not offsets;
 * its tokenizer is lossless, so searching forward from the previous token finds each one exactly.
 */
export function locateTokens(text: string, tokens: readonly RawToken[]): { start: number; end: number; type: string; pos: string }[] {
  const located: { start: number; end: number; type: string; pos: string }[] = []
  let cursor = 0
  for (const token of tokens) {
    const at = text.indexOf(token.value, cursor)
    if (at < 0) continue // wink normalises a few characters (never seen in tests); skip rather than misplace
    located.push({ start: at, end: at + token.value.length, type: token.type, pos: token.pos })
    cursor = at + token.value.length
  }
  return located
}

export function rawTokens(nlp: WinkMethods, text: string): { tokens: RawToken[]; sentences: [number, number][] } {
  const doc = nlp.readDoc(text)
  const its = nlp.its
  const values = doc.tokens().out(its.value)
  const types = doc.tokens().out(its.type)
  const tags = nlp === tokenNlp ? doc.tokens().out(its.pos) : []
  const tokens: RawToken[] = values.map((value, i) => ({ value, type: types[i] ?? 'word', pos: tags[i] ?? '' }))
  const sentences = doc.sentences().out(its.span) as unknown as [number, number][]
  return { tokens, sentences }
}
