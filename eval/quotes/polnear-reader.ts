// Reads PolNeAR (../shared/datasets/quotes-polnear): article texts and brat stand-off attributions, each
// a content span (possibly discontinuous), a cue and an optional source.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Span } from '../../src/core/span.js'

export interface PolnearAttribution {
  content: Span[]
  cue: Span[]
  source: Span[] | null
}

export interface PolnearArticle {
  name: string
  text: string
  attributions: PolnearAttribution[]
}

/** Parses one .ann file: T lines are spans ("Label start end;start end"), E lines tie an attribution's parts. */
export function parseAnn(ann: string): PolnearAttribution[] {
  const spans = new Map<string, Span[]>()
  const events: string[] = []
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const [id, spec] = line.split('\t')
      if (!id || !spec) continue
      const fragments = spec.replace(/^\S+\s+/, '').split(';').map((part) => part.trim().split(/\s+/).map(Number) as [number, number])
      spans.set(id, fragments.filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e)).map(([s, e]) => [s, e] as const))
    } else if (line.startsWith('E')) events.push(line) // E lines may come before their T lines: read them after
  }
  const out: PolnearAttribution[] = []
  for (const line of events) {
    const roles = new Map<string, string>()
    for (const part of (line.split('\t')[1] ?? '').split(/\s+/)) {
      const [role, id] = part.split(':')
      if (role && id) roles.set(role, id)
    }
    const content = spans.get(roles.get('Content') ?? '')
    if (!content) continue
    const source = roles.has('Source') ? spans.get(roles.get('Source')!) ?? null : null
    out.push({ content, cue: spans.get(roles.get('Cue') ?? '') ?? [], source })
  }
  return out
}

/** The articles of one split ('train' or 'dev'), each with the first annotator's file in sorted order. */
export function readPolnearSplit(dir: string, split: string): PolnearArticle[] {
  const textDir = join(dir, split, 'text')
  const annDir = join(dir, split, 'attributions')
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const name = file.replace(/\.txt$/, '')
      const ann = annFiles.find((a) => a.startsWith(`${name}_`))
      if (!ann) return []
      return [{ name, text: readFileSync(join(textDir, file), 'utf8'), attributions: parseAnn(readFileSync(join(annDir, ann), 'utf8')) }]
    })
}
