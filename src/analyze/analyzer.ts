// How a layer is declared: its name, version, the layers it reads and the layers it writes.
import type { Doc } from '../core/doc.js'
import type { LayerMap, LayerName, Layers } from '../core/layers.js'

export interface AnalyzerSpec<A extends LayerName = LayerName> {
  name: string
  version: string
  requires: readonly LayerName[]
  assigns: readonly A[]
  analyze: (doc: Doc) => Pick<LayerMap, A>
}

export interface Analyzer<A extends LayerName = LayerName> extends Readonly<AnalyzerSpec<A>> {
  /** `name@version`, the `source` of every annotation it makes. */
  readonly id: string
}

export function defineAnalyzer<A extends LayerName>(spec: AnalyzerSpec<A>): Analyzer<A> {
  return Object.freeze({ ...spec, id: `${spec.name}@${spec.version}` })
}

/** Any analyzer, whatever layers it assigns: what a pipeline holds. */
export interface AnyAnalyzer extends Omit<Analyzer, 'analyze' | 'assigns'> {
  readonly assigns: readonly LayerName[]
  readonly analyze: (doc: Doc) => Layers
}
