// Builds analysed documents for unit tests of layers that come after entities: sentences and tokens from
// their analyzers (cheap and deterministic), the entities layer by hand, so that tests do not depend on the model.
import type { Annotation } from '../../src/core/annotation.js'
import { makeAnnotation } from '../../src/core/annotation.js'
import { makeDoc, type Doc } from '../../src/core/doc.js'
import { contentId } from '../../src/core/hash.js'
import type { Span } from '../../src/core/span.js'
import type { EntityData } from '../../src/analyze/entities/entities-analyzer.js'
import type { ParallaxEntityType } from '../../src/analyze/entities/index.js'
import { sentences } from '../../src/analyze/sentences/sentences-analyzer.js'
import { tokens } from '../../src/analyze/tokens/tokens-analyzer.js'
import { makeArticle } from './make-article.js'

export interface EntitySpec {
  name: string
  type: ParallaxEntityType
  /** Other forms to find as mentions ("Okafor"); the name itself is always looked for. */
  forms?: string[]
  /** Role descriptors, found at their first occurrence in the text. */
  descriptors?: string[]
}

function occurrences(text: string, form: string): Span[] {
  const out: Span[] = []
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) out.push([m.index, m.index + form.length])
  return out
}

/** An entities layer: every occurrence of each entity's forms that is not inside a longer form of any entity. */
export function entityLayer(text: string, specs: readonly EntitySpec[]): Annotation<EntityData>[] {
  const all = specs.flatMap((spec, i) => [spec.name, ...(spec.forms ?? [])].flatMap((form) => occurrences(text, form).map((span) => ({ span, i }))))
  const kept = all.filter((a) => !all.some((b) => b !== a && b.span[0] <= a.span[0] && a.span[1] <= b.span[1] && b.span[1] - b.span[0] > a.span[1] - a.span[0]))
  return specs
    .map((spec, i) => {
      const mentions = kept
        .filter((k) => k.i === i)
        .sort((a, b) => a.span[0] - b.span[0])
        .map((k) => ({ span: k.span, text: text.slice(k.span[0], k.span[1]) }))
      // a descriptor stands next to a mention of its entity ("Kremlin aide Pavel Orlov", "Orlov, a Kremlin aide,")
      const nextToMention = (span: Span) => mentions.some((m) => Math.abs(m.span[0] - span[1]) <= 3 || Math.abs(span[0] - m.span[1]) <= 4)
      const descriptors = (spec.descriptors ?? []).flatMap((d) => {
        const found = occurrences(text, d)
        return (found.filter(nextToMention).slice(0, 1).length > 0 ? found.filter(nextToMention).slice(0, 1) : found.slice(0, 1)).map((span) => ({ span, text: d }))
      })
      const first = mentions[0]?.span ?? ([0, 0] as Span)
      const annotation = makeAnnotation('entities', 'entities@1', first[0], first[1], { name: spec.name, type: spec.type, descriptors, mentions })
      annotation.id = `entity:${contentId(`${spec.type}\u0000${spec.name.toLowerCase()}`)}`
      return annotation
    })
    .filter((a) => a.data.mentions.length > 0)
}

/** A document with sentences and tokens analysed and the entities layer built from `specs`. */
export function docWithEntities(text: string, specs: readonly EntitySpec[]): Doc {
  let doc = makeDoc(makeArticle(text))
  doc = { ...doc, layers: { ...doc.layers, ...sentences().analyze(doc) } }
  doc = { ...doc, layers: { ...doc.layers, ...tokens().analyze(doc) } }
  return { ...doc, layers: { ...doc.layers, entities: entityLayer(text, specs) } }
}
