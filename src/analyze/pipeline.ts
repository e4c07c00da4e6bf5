// Composes analyzers: checks at build time that every required layer is assigned earlier, then freezes.
import type { Doc } from '../core/doc.js'
import { ERROR_CODES, ParallaxError } from '../core/errors.js'
import type { LayerName, Layers } from '../core/layers.js'
import type { AnyAnalyzer } from './analyzer.js'

export interface Pipeline {
  readonly analyzers: readonly AnyAnalyzer[]
  /** Layer name → `analyzer@version` that assigns it; stored with the layer so stale layers can be found. */
  readonly versions: Readonly<Record<string, string>>
  run(doc: Doc): Doc
}

export function createPipeline(analyzers: readonly AnyAnalyzer[]): Pipeline {
  const assignedBy = new Map<LayerName, AnyAnalyzer>()
  for (const analyzer of analyzers) {
    for (const required of analyzer.requires) {
      if (!assignedBy.has(required)) {
        const later = analyzers.find((other) => other.assigns.includes(required))
        const reason = later
          ? `analyzer '${analyzer.name}' requires layer '${required}', which '${later.name}' assigns only after it`
          : `analyzer '${analyzer.name}' requires layer '${required}', which no analyzer in the pipeline assigns`
        throw new ParallaxError(ERROR_CODES.PIPELINE, undefined, reason)
      }
    }
    for (const layer of analyzer.assigns) {
      const previous = assignedBy.get(layer)
      if (previous) {
        throw new ParallaxError(
          ERROR_CODES.PIPELINE,
          undefined,
          `analyzers '${previous.name}' and '${analyzer.name}' both assign layer '${layer}'`,
        )
      }
      assignedBy.set(layer, analyzer)
    }
  }
  const versions = Object.freeze(Object.fromEntries([...assignedBy].map(([layer, a]) => [layer, a.id])))
  const frozen = Object.freeze([...analyzers])

  return Object.freeze({
    analyzers: frozen,
    versions,
    run(doc: Doc): Doc {
      let layers: Layers = { ...doc.layers }
      for (const analyzer of frozen) {
        const produced = analyzer.analyze({ article: doc.article, layers })
        layers = { ...layers, ...produced }
      }
      return { article: doc.article, layers }
    },
  })
}
