// Scores the quotes layer against hand-made gold in the format of ../shared/seeds/gold.json: spans (token
// overlap ≥ 0.5), span and speaker, per kind, and `via`. Items marked optional count neither way.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AnalysisArticle, AnalysisQuote } from '../../src/analysis-document.js'
import type { Span } from '../../src/core/span.js'
import { openEngine } from '../../src/engine.js'
import { matchSpans, MIN_OVERLAP, normName, prf, tokenOverlap, wordTokens, type Prf } from './quote-match.js'

export interface GoldQuote {
  kind: 'direct' | 'indirect' | 'mixed'
  text: string
  span: Span
  /** Canonical full name, or the description of a speaker the article does not name. */
  speaker: string | null
  via: string | null
  optional?: boolean
}

export type QuoteKind = GoldQuote['kind']

export interface SeedQuoteScore {
  spans: Prf
  spansAndSpeakers: Prf
  kinds: Record<QuoteKind, { spans: Prf; spansAndSpeakers: Prf }>
  via: { gold: number; found: number; accuracy: number; spurious: number }
  missed: string[]
  spurious: string[]
  wrongSpeaker: string[]
  missedVia: string[]
}

/**
 * A found speaker matches the gold one when it is the same entity (by canonical name), has the same
 * surname, or, for a speaker the article does not name, the same description; a speaker known by its
 * organisation ("Alfa Bank analysts") matches that organisation.
 */
export function speakerMatches(found: AnalysisQuote['speaker'], gold: string | null, article: Pick<AnalysisArticle, 'entities'>): boolean {
  if (gold === null) return found === null
  if (!found) return false
  const wanted = normName(gold)
  const names = [found.name]
  if (found.entity) {
    const entity = article.entities.find((e) => e.id === found.entity)
    if (entity) names.push(entity.name)
  }
  if (found.affiliation) names.push(found.affiliation.name)
  const lastWord = (s: string) => normName(s).split(' ').pop()!
  return names.some((n) => normName(n) === wanted || (found.entity !== null && wanted.includes(' ') && lastWord(n) === lastWord(wanted)) || (found.entity === null && !n.includes(' ') && wanted.includes(' ') && lastWord(n) === lastWord(wanted)))
}

export function viaMatches(found: AnalysisQuote['via'], gold: string | null): boolean {
  if (gold === null) return found === null
  return found !== null && normName(found.name) === normName(gold)
}

interface Tally {
  spanTp: number
  speakerTp: number
  found: number
  gold: number
}

const KINDS: QuoteKind[] = ['direct', 'indirect', 'mixed']

/** Scores the found quotes of several articles against their gold quotes. */
export function scoreQuotes(articles: readonly { file: string; article: AnalysisArticle; gold: readonly GoldQuote[] }[]): SeedQuoteScore {
  const all: Tally = { spanTp: 0, speakerTp: 0, found: 0, gold: 0 }
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { spanTp: 0, speakerTp: 0, found: 0, gold: 0 }])) as Record<QuoteKind, Tally>
  const score: SeedQuoteScore = {
    spans: prf(0, 0, 0), spansAndSpeakers: prf(0, 0, 0), kinds: {} as SeedQuoteScore['kinds'],
    via: { gold: 0, found: 0, accuracy: 0, spurious: 0 }, missed: [], spurious: [], wrongSpeaker: [], missedVia: [],
  }
  for (const { file, article, gold } of articles) {
    const text = article.text
    const found = article.quotes
    const required = gold.filter((g) => !g.optional)
    const optional = gold.filter((g) => g.optional)
    const foundTokens = found.map((q) => wordTokens(text, [q.span]))
    const pairs = matchSpans(foundTokens, required.map((g) => wordTokens(text, [g.span])))
    const matchedFound = new Set(pairs.map(([f]) => f))
    const matchedGold = new Set(pairs.map(([, g]) => g))
    // found quotes that match only an optional gold item count neither way
    const ignored = new Set(found.map((_, i) => i).filter((i) => !matchedFound.has(i) && optional.some((g) => tokenOverlap(foundTokens[i]!, wordTokens(text, [g.span])) >= MIN_OVERLAP)))
    const counted = found.map((_, i) => i).filter((i) => !ignored.has(i))
    all.found += counted.length
    all.gold += required.length
    for (const i of counted) byKind[found[i]!.kind].found++
    for (const g of required) byKind[g.kind].gold++
    for (const [f, g] of pairs) {
      const q = found[f]!
      const want = required[g]!
      const speakerOk = speakerMatches(q.speaker, want.speaker, article)
      all.spanTp++
      if (speakerOk) all.speakerTp++
      else score.wrongSpeaker.push(`${file} [${want.span}] ${want.speaker} ≠ ${q.speaker?.name ?? 'none'}`)
      if (q.kind === want.kind) {
        byKind[want.kind].spanTp++
        if (speakerOk) byKind[want.kind].speakerTp++
      }
      if (want.via !== null) {
        score.via.gold++
        if (viaMatches(q.via, want.via)) score.via.found++
        else score.missedVia.push(`${file} [${want.span}] via ${want.via} ≠ ${q.via?.name ?? 'none'}`)
      } else if (q.via !== null) score.via.spurious++
    }
    required.forEach((g, j) => {
      if (matchedGold.has(j)) return
      if (g.via !== null) {
        score.via.gold++
        score.missedVia.push(`${file} [${g.span}] via ${g.via}: quote not found`)
      }
      score.missed.push(`${file} [${g.span}] ${g.kind} ${g.speaker}: ${g.text.slice(0, 60)}`)
    })
    for (const i of counted) if (!matchedFound.has(i)) score.spurious.push(`${file} [${found[i]!.span}] ${found[i]!.kind} ${found[i]!.speaker?.name ?? 'none'}: ${found[i]!.text.slice(0, 60)}`)
  }
  score.spans = prf(all.spanTp, all.found, all.gold)
  score.spansAndSpeakers = prf(all.speakerTp, all.found, all.gold)
  for (const k of KINDS) score.kinds[k] = { spans: prf(byKind[k].spanTp, byKind[k].found, byKind[k].gold), spansAndSpeakers: prf(byKind[k].speakerTp, byKind[k].found, byKind[k].gold) }
  score.via.accuracy = score.via.gold === 0 ? 1 : score.via.found / score.via.gold
  return score
}

/** Runs the default pipeline over the articles gold.json names (in `articlesDir`) and scores their quotes. */
export async function evalSeedQuotes(options: { gold: string; articles: string }): Promise<SeedQuoteScore> {
  const gold = JSON.parse(readFileSync(options.gold, 'utf8')) as { articles: Record<string, { quotes?: GoldQuote[] }> }
  const files = Object.keys(gold.articles).sort()
  const engine = openEngine({ db: ':memory:' })
  try {
    const doc = await engine.analyze(files.map((f) => join(options.articles, f)))
    return scoreQuotes(
      files.flatMap((file) => {
        const article = doc.articles.find((a) => a.input.endsWith(file))
        return article ? [{ file, article, gold: gold.articles[file]!.quotes ?? [] }] : []
      }),
    )
  } finally {
    await engine.close()
  }
}

export function formatSeedQuoteScore(score: SeedQuoteScore): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
  const row = (label: string, p: Prf) => `${label.padEnd(27)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (${p.tp} of ${p.gold} gold, ${p.found} found)`
  const lines = [row('spans', score.spans), row('spans + speakers', score.spansAndSpeakers)]
  for (const [kind, k] of Object.entries(score.kinds)) {
    lines.push(row(`  ${kind} spans`, k.spans), row(`  ${kind} spans + speakers`, k.spansAndSpeakers))
  }
  lines.push(`via: ${score.via.found} of ${score.via.gold} found (${pct(score.via.accuracy)}), ${score.via.spurious} spurious`)
  for (const m of score.missed) lines.push(`  missed: ${m}`)
  for (const m of score.wrongSpeaker) lines.push(`  wrong speaker: ${m}`)
  for (const m of score.missedVia) lines.push(`  missed via: ${m}`)
  for (const m of score.spurious) lines.push(`  spurious: ${m}`)
  return lines.join('\n')
}
