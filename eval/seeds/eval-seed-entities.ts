// Scores the entities layer against the hand-made gold of ../shared/seeds/gold.json: entities found
// with the right type (by name or by one of their mention forms), and role descriptors found.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { openEngine } from '../../src/engine.js'

export interface SeedEntityScore {
  precision: number
  recall: number
  f1: number
  types: Record<string, { gold: number; found: number; predicted: number; falsePositives: number }>
  descriptors: { gold: number; found: number; recall: number }
  missed: string[]
  spurious: string[]
  missedDescriptors: string[]
}

interface GoldEntity {
  name: string
  type: string
  descriptors: string[]
  optional: boolean
}

const SCORED_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']
const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)

export async function evalSeedEntities(options: { gold: string; articles: string }): Promise<SeedEntityScore> {
  const gold = JSON.parse(readFileSync(options.gold, 'utf8')) as { articles: Record<string, { entities: GoldEntity[] }> }
  const files = Object.keys(gold.articles).sort()
  const engine = openEngine({ db: ':memory:' })
  const doc = await engine.analyze(files.map((f) => join(options.articles, f)))
  await engine.close()

  const score: SeedEntityScore = {
    precision: 0, recall: 0, f1: 0, types: {}, descriptors: { gold: 0, found: 0, recall: 0 }, missed: [], spurious: [], missedDescriptors: [],
  }
  const typeRow = (type: string) => (score.types[type] ??= { gold: 0, found: 0, predicted: 0, falsePositives: 0 })
  let tp = 0
  let goldCount = 0
  let predicted = 0
  let fp = 0
  for (const file of files) {
    const article = doc.articles.find((a) => a.input.endsWith(file))
    const entities = article?.entities ?? []
    const goldEntities = gold.articles[file]!.entities.filter((e) => SCORED_TYPES.includes(e.type))
    const forms = (e: (typeof entities)[number]) => new Set([norm(e.name), ...e.mentions.map((m) => norm(m.text))])
    for (const g of goldEntities) {
      const match = entities.find((e) => e.type === g.type && forms(e).has(norm(g.name)))
      if (!g.optional) {
        goldCount++
        typeRow(g.type).gold++
        if (match) {
          tp++
          typeRow(g.type).found++
        } else score.missed.push(`${file}: ${g.name} (${g.type})`)
        for (const d of g.descriptors) {
          score.descriptors.gold++
          if (match?.descriptors.some((x) => norm(x) === norm(d))) score.descriptors.found++
          else score.missedDescriptors.push(`${file}: ${g.name}: ${d}`)
        }
      }
    }
    for (const e of entities.filter((x) => SCORED_TYPES.includes(x.type))) {
      const matches = goldEntities.filter((g) => g.type === e.type && forms(e).has(norm(g.name)))
      // a match with an optional item only counts neither way
      if (matches.length > 0 && matches.every((g) => g.optional)) continue
      predicted++
      typeRow(e.type).predicted++
      if (matches.length === 0) {
        fp++
        typeRow(e.type).falsePositives++
        score.spurious.push(`${file}: ${e.name} (${e.type})`)
      }
    }
  }
  score.recall = ratio(tp, goldCount)
  score.precision = ratio(predicted - fp, predicted)
  score.f1 = ratio(2 * score.precision * score.recall, score.precision + score.recall)
  score.descriptors.recall = ratio(score.descriptors.found, score.descriptors.gold)
  return score
}
