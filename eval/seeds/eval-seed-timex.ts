// Scores the timexes layer against the hand-made gold of ../shared/seeds/gold.json: value F1 over the
// required items (relaxed span match × value accuracy, as TempEval-3), for articles with a publication date.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openEngine } from '../../src/engine.js'

interface GoldTimex {
  span: [number, number]
  text: string
  type: string
  /** One value, or the values that are all accepted ("the end of the year": 2025, 2025-12, 2025-12-31). */
  value: string | string[]
  optional?: boolean
}

export interface SeedTimexArticleScore {
  file: string
  publishedAt: string
  gold: number
  system: number
  matched: number
  valueCorrect: number
  precision: number
  recall: number
  f1: number
  valueAccuracy: number
  valueF1: number
  missed: string[]
  spurious: string[]
  wrongValue: string[]
}

export interface SeedTimexScore {
  /** Micro-averaged over the scored articles. */
  precision: number
  recall: number
  f1: number
  valueAccuracy: number
  valueF1: number
  articles: SeedTimexArticleScore[]
  /** Articles left out because they have no publication date to anchor on. */
  skipped: string[]
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)
const f1Of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1]

export async function evalSeedTimex(options: { gold: string; articles: string }): Promise<SeedTimexScore> {
  const gold = JSON.parse(readFileSync(options.gold, 'utf8')) as { articles: Record<string, { timexes?: GoldTimex[] }> }
  const files = Object.keys(gold.articles).sort()
  const articles: SeedTimexArticleScore[] = []
  const skipped: string[] = []
  // analysed together, as a user would, so that an undated article gets its date from the others
  const engine = openEngine({ db: ':memory:' })
  const analysed = await engine.analyze(files.map((f) => join(options.articles, f)))
  await engine.close()
  for (const file of files) {
    const article = analysed.articles.find((a) => a.input === join(options.articles, file))
    const publishedAt = article?.publishedAt?.value
    if (!article || !publishedAt) {
      skipped.push(file)
      continue
    }
    const text = article.text
    const system = article.timexes.map((t) => ({ span: t.span, value: t.value }))
    const goldItems = gold.articles[file]!.timexes ?? []
    const required = goldItems.filter((g) => !g.optional)
    const optional = goldItems.filter((g) => g.optional)
    const score: SeedTimexArticleScore = {
      file, publishedAt, gold: required.length, system: 0, matched: 0, valueCorrect: 0,
      precision: 0, recall: 0, f1: 0, valueAccuracy: 0, valueF1: 0, missed: [], spurious: [], wrongValue: [],
    }
    const used = new Set<number>()
    for (const g of required) {
      const k = system.findIndex((s, i) => !used.has(i) && overlaps(s.span, g.span))
      if (k < 0) {
        score.missed.push(`${g.text} (${JSON.stringify(g.value)})`)
        continue
      }
      used.add(k)
      score.matched++
      const accepted = Array.isArray(g.value) ? g.value : [g.value]
      if (accepted.includes(system[k]!.value)) score.valueCorrect++
      else score.wrongValue.push(`${g.text}: ${system[k]!.value}, gold ${JSON.stringify(g.value)}`)
    }
    system.forEach((s, i) => {
      if (used.has(i)) return
      // a match with an optional item counts neither way
      if (optional.some((g) => overlaps(s.span, g.span))) return
      score.system++
      score.spurious.push(`${text.slice(s.span[0], s.span[1])} (${s.value})`)
    })
    score.system += score.matched
    score.precision = ratio(score.matched, score.system)
    score.recall = ratio(score.matched, score.gold)
    score.f1 = f1Of(score.precision, score.recall)
    score.valueAccuracy = ratio(score.valueCorrect, score.matched)
    score.valueF1 = score.f1 * score.valueAccuracy
    articles.push(score)
  }
  const sum = (k: 'gold' | 'system' | 'matched' | 'valueCorrect') => articles.reduce((n, a) => n + a[k], 0)
  const precision = ratio(sum('matched'), sum('system'))
  const recall = ratio(sum('matched'), sum('gold'))
  const f1 = f1Of(precision, recall)
  const valueAccuracy = ratio(sum('valueCorrect'), sum('matched'))
  return { precision, recall, f1, valueAccuracy, valueF1: f1 * valueAccuracy, articles, skipped }
}
