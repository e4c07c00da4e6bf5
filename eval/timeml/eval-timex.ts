// Scores the timexes analyzer on TempEval-3 TimeML: `node --import tsx eval/timeml/eval-timex.ts DIR [--json] [--split train|dev] [--errors]`.
//
// Each document becomes an Article whose text is the <TEXT> content with the tags removed and whose
// publication date is the DCT, so the analyzer's spans are offsets into the same text as the gold.
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Article } from '../../src/core/article.js'
import { makeDoc } from '../../src/core/doc.js'
import { makeSourceText } from '../../src/core/source-text.js'
import { createPipeline } from '../../src/analyze/pipeline.js'
import { sentences } from '../../src/analyze/sentences/sentences-analyzer.js'
import { tokens } from '../../src/analyze/tokens/tokens-analyzer.js'
import { timexes } from '../../src/analyze/time/timexes-analyzer.js'
import { readTimeml, type TimemlDocument } from './timeml-reader.js'
import { countDocument, emptyCounts, scoreCounts, type Prf, type ScoredTimex, type TimexScore } from './timex-scorer.js'

export interface EvalTimexOptions {
  /** A folder of .tml files, searched recursively (TBAQ-cleaned, or one of its folders). */
  dir: string
  /** Paths relative to `dir` to score; every .tml file under `dir` by default. */
  files?: readonly string[]
}

export interface TimexMismatch {
  file: string
  kind: 'missed' | 'spurious' | 'value' | 'type'
  text: string
  gold?: { type: string; value: string; text: string }
  system?: { type: string; value: string; rule: string }
}

export interface EvalTimexResult {
  strict: Prf
  relaxed: Prf
  value: { f1: number; accuracy: number }
  typeAccuracy: number
  documents: number
  counts: TimexScore['counts']
}

/** Every .tml file under `dir`, as paths relative to it, sorted. */
export function listTimeml(dir: string): string[] {
  const out: string[] = []
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.tml')) out.push(relative(dir, path))
    }
  }
  walk(dir)
  return out.sort()
}

/**
 * TBAQ-cleaned has no dev split, so parallax holds one out: the files of TimeBank then AQUAINT, each
 * folder in sorted order, and every 5th of that list (the 5th, 10th, …) is dev. Rules are tuned on the rest.
 */
export const DEV_EVERY = 5

export function tbaqSplit(dir: string): { train: string[]; dev: string[] } {
  const ordered = [...listTimeml(join(dir, 'TimeBank')).map((f) => join('TimeBank', f)), ...listTimeml(join(dir, 'AQUAINT')).map((f) => join('AQUAINT', f))]
  const train: string[] = []
  const dev: string[] = []
  ordered.forEach((file, i) => ((i + 1) % DEV_EVERY === 0 ? dev : train).push(file))
  return { train, dev }
}

export function articleOf(document: TimemlDocument): Article {
  const source = makeSourceText(document.text)
  const day = document.dct ? /^\d{4}-\d{2}-\d{2}/.exec(document.dct)?.[0] ?? null : null
  return {
    id: source.id,
    sha256: source.sha256,
    fingerprint: source.sha256,
    text: document.text,
    boilerplate: [],
    dateline: null,
    meta: {
      input: document.path,
      outlet: null,
      title: null,
      url: null,
      byline: null,
      publishedAt: day
        ? { value: day, precision: document.dct!.includes('T') ? 'datetime' : 'day', inferred: false, source: 'timeml:dct', ...(document.dct!.includes('T') ? { datetime: document.dct! } : {}) }
        : null,
      provenance: day ? { publishedAt: 'timeml:dct' } : {},
    },
  }
}

const pipeline = createPipeline([sentences(), tokens(), timexes()])

/** The analyzer's timexes for one document, with TimeML extents (a preposition parallax keeps is left out). */
export function systemTimexes(document: TimemlDocument): (ScoredTimex & { rule: string })[] {
  const layers = pipeline.run(makeDoc(articleOf(document))).layers
  return (layers.timexes ?? []).map((t) => ({ start: t.data.coreStart ?? t.start, end: t.end, type: t.data.type, value: t.data.value, rule: t.data.rule }))
}

function mismatches(file: string, document: TimemlDocument, system: (ScoredTimex & { rule: string })[]): TimexMismatch[] {
  const out: TimexMismatch[] = []
  const text = (t: { start: number; end: number }) => document.text.slice(t.start, t.end).replace(/\s+/g, ' ')
  const used = new Set<number>()
  for (const g of document.timexes) {
    const k = system.findIndex((s, i) => !used.has(i) && Math.min(s.end, g.end) > Math.max(s.start, g.start))
    const gold = { type: g.type, value: g.value, text: text(g) }
    if (k < 0) {
      out.push({ file, kind: 'missed', text: document.text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' '), gold })
      continue
    }
    used.add(k)
    const s = system[k]!
    if (s.value !== g.value) out.push({ file, kind: 'value', text: document.text.slice(Math.max(0, s.start - 60), s.end + 30).replace(/\s+/g, ' '), gold, system: { type: s.type, value: s.value, rule: s.rule } })
    else if (s.type !== g.type) out.push({ file, kind: 'type', text: text(s), gold, system: { type: s.type, value: s.value, rule: s.rule } })
  }
  system.forEach((s, i) => {
    if (!used.has(i)) out.push({ file, kind: 'spurious', text: document.text.slice(Math.max(0, s.start - 50), s.end + 30).replace(/\s+/g, ' ') + ` [${text(s)}]`, system: { type: s.type, value: s.value, rule: s.rule } })
  })
  return out
}

export async function evalTimexDetailed(options: EvalTimexOptions): Promise<{ result: EvalTimexResult; mismatches: TimexMismatch[] }> {
  const files = options.files ?? listTimeml(options.dir)
  const counts = emptyCounts()
  const errors: TimexMismatch[] = []
  for (const file of files) {
    const document = readTimeml(join(options.dir, file))
    // the entity scorer skips gold entities with empty text
    const gold = document.timexes.filter((t) => document.text.slice(t.start, t.end).trim().length > 0).map(trimmed(document.text))
    const system = systemTimexes(document)
    countDocument(gold, system, counts)
    errors.push(...mismatches(file, { ...document, timexes: gold }, system))
  }
  const score = scoreCounts(counts)
  return {
    result: { strict: score.strict, relaxed: score.relaxed, value: score.value, typeAccuracy: score.typeAccuracy, documents: files.length, counts },
    mismatches: errors,
  }
}

/** Scores the analyzer on the TimeML files under `dir` (or the listed ones); figures are in 0…1. */
export async function evalTimex(options: EvalTimexOptions): Promise<EvalTimexResult> {
  return (await evalTimexDetailed(options)).result
}

/** Gold extents lose surrounding whitespace, as the toolkit's tokens do. */
const trimmed = (text: string) => <T extends { start: number; end: number }>(t: T): T => {
  let { start, end } = t
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { ...t, start, end }
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6)

export function formatTimexResult(result: EvalTimexResult): string {
  const row = (name: string, p: Prf) => `${name.padEnd(8)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}`
  return [
    `documents ${result.documents}, gold ${result.counts.gold}, system ${result.counts.system}`,
    row('strict', result.strict),
    row('relaxed', result.relaxed),
    `value    F1 ${pct(result.value.f1)}  accuracy ${pct(result.value.accuracy)}`,
    `type     accuracy ${pct(result.typeAccuracy)}`,
  ].join('\n')
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json')
  const showErrors = argv.includes('--errors')
  const splitAt = argv.indexOf('--split')
  const split = splitAt >= 0 ? argv[splitAt + 1] : undefined
  const positional = argv.filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--split')
  if (positional.length !== 1 || (split !== undefined && split !== 'train' && split !== 'dev')) {
    process.stderr.write('usage: node --import tsx eval/timeml/eval-timex.ts DIR [--json] [--split train|dev] [--errors]\n')
    process.exitCode = 2
    return
  }
  const dir = positional[0]!
  const files = split ? tbaqSplit(dir)[split] : undefined
  const { result, mismatches: errors } = await evalTimexDetailed(files ? { dir, files } : { dir })
  if (showErrors) for (const e of errors) process.stdout.write(JSON.stringify(e) + '\n')
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatTimexResult(result) + '\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(error.message + '\n')
    process.exitCode = 1
  })
}
