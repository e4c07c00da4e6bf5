// Standoff annotations: a span into the article text, the layer and analyzer that made it, and data.

export interface Annotation<D = Record<string, unknown>> {
  /** Unique within the article's layer; relations point at these ids, never at copies of text. */
  id: string
  layer: string
  start: number
  end: number
  /** The analyzer and its version, e.g. 'sentences@1'. */
  source: string
  ruleId?: string
  data: D
}

export function makeAnnotation<D>(
  layer: string,
  source: string,
  start: number,
  end: number,
  data: D,
  ruleId?: string,
): Annotation<D> {
  const annotation: Annotation<D> = { id: `${layer}:${start}-${end}`, layer, start, end, source, data }
  if (ruleId !== undefined) annotation.ruleId = ruleId
  return annotation
}
