// CoNLL-2003 scoring: an entity counts only when both its span and its type match exactly (conlleval).

import { bioSpans } from '../../src/analyze/entities/bio-tags.js'

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const
export type ConllType = (typeof CONLL_TYPES)[number]

export interface TypeScore {
  precision: number
  recall: number
  f1: number
  gold: number
  predicted: number
  correct: number
}

export interface ConllScore {
  precision: number
  recall: number
  f1: number
  types: Record<ConllType, TypeScore>
}

interface Counts {
  gold: number
  predicted: number
  correct: number
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator
}

function toScore(counts: Counts): TypeScore {
  const precision = ratio(counts.correct, counts.predicted)
  const recall = ratio(counts.correct, counts.gold)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, ...counts }
}

/**
 * Scores predicted against gold tags, sentence by sentence (`gold[i][j]` is token j of
 * sentence i). Spans of types outside PER/ORG/LOC/MISC count towards the micro average but get
 * no row of their own.
 */
export function scoreConll(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== predicted.length) {
    throw new Error(`PARALLAX_ERR_CONLL_SCORE: ${gold.length} gold sentences but ${predicted.length} predicted`)
  }
  const total: Counts = { gold: 0, predicted: 0, correct: 0 }
  const perType = new Map<string, Counts>(CONLL_TYPES.map((type) => [type, { gold: 0, predicted: 0, correct: 0 }]))
  const countsFor = (type: string): Counts => {
    let counts = perType.get(type)
    if (!counts) {
      counts = { gold: 0, predicted: 0, correct: 0 }
      perType.set(type, counts)
    }
    return counts
  }

  for (let s = 0; s < gold.length; s++) {
    const goldTags = gold[s] ?? []
    const predictedTags = predicted[s] ?? []
    if (goldTags.length !== predictedTags.length) {
      throw new Error(
        `PARALLAX_ERR_CONLL_SCORE: sentence ${s}: ${goldTags.length} gold tags but ${predictedTags.length} predicted`,
      )
    }
    const goldSpans = bioSpans(goldTags)
    const predictedSpans = bioSpans(predictedTags)
    const goldKeys = new Set(goldSpans.map((span) => `${span.start}:${span.end}:${span.type}`))
    for (const span of goldSpans) {
      total.gold++
      countsFor(span.type).gold++
    }
    for (const span of predictedSpans) {
      total.predicted++
      countsFor(span.type).predicted++
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) {
        total.correct++
        countsFor(span.type).correct++
      }
    }
  }

  const micro = toScore(total)
  const types = Object.fromEntries(CONLL_TYPES.map((type) => [type, toScore(countsFor(type))])) as Record<
    ConllType,
    TypeScore
  >
  return { precision: micro.precision, recall: micro.recall, f1: micro.f1, types }
}

/** A fixed-width table of a score, per type then overall, percentages as conlleval prints them. */
export function formatConllScore(score: ConllScore): string {
  const pct = (value: number): string => (value * 100).toFixed(2).padStart(7)
  const lines = ['type      precision  recall      f1   gold  pred  correct']
  for (const type of CONLL_TYPES) {
    const row = score.types[type]
    lines.push(
      `${type.padEnd(8)} ${pct(row.precision)}  ${pct(row.recall)} ${pct(row.f1)} ${String(row.gold).padStart(6)} ${String(
        row.predicted,
      ).padStart(5)} ${String(row.correct).padStart(8)}`,
    )
  }
  const sum = (key: 'gold' | 'predicted' | 'correct'): number => CONLL_TYPES.reduce((n, t) => n + score.types[t][key], 0)
  lines.push(
    `${'overall'.padEnd(8)} ${pct(score.precision)}  ${pct(score.recall)} ${pct(score.f1)} ${String(sum('gold')).padStart(
      6,
    )} ${String(sum('predicted')).padStart(5)} ${String(sum('correct')).padStart(8)}`,
  )
  return lines.join('\n')
}
