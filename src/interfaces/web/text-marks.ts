// Cutting an article's text into runs for display: every run is a [start, end) slice of the text with
// the marks (fact status, quote, conflict, highlight…) that cover all of it. The runs are rendered as
// text nodes, so the page shows the characters of the text and never reads them as markup.

export interface Mark {
  start: number
  end: number
  /** A CSS class; several marks may share one. */
  cls: string
  /** A tooltip for the run. */
  title?: string
}

export interface Run {
  start: number
  end: number
  /** Classes of the marks covering the run, each once, in the order of the marks. */
  classes: string[]
  titles: string[]
}

/**
 * Runs covering [0, length) in order: a new run begins wherever a mark begins or ends, and neighbours
 * with the same classes and titles are merged. Marks are clamped to the text; empty ones are ignored.
 */
export function runsOf(length: number, marks: readonly Mark[]): Run[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(length, m.start)), end: Math.max(0, Math.min(length, m.end)) }))
    .filter((m) => m.start < m.end)
  const cuts = [...new Set([0, length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b)
  // a sweep over the cuts: marks open at their start and close at their end
  const opening = new Map<number, number[]>()
  valid.forEach((m, i) => (opening.get(m.start) ?? opening.set(m.start, []).get(m.start)!).push(i))
  const open = new Set<number>()
  const runs: Run[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [start, end] = [cuts[k]!, cuts[k + 1]!]
    for (const i of opening.get(start) ?? []) open.add(i)
    for (const i of [...open]) if (valid[i]!.end <= start) open.delete(i)
    const active = [...open].sort((a, b) => a - b).map((i) => valid[i]!)
    const classes = [...new Set(active.map((m) => m.cls))]
    const titles = [...new Set(active.flatMap((m) => (m.title ? [m.title] : [])))]
    const last = runs[runs.length - 1]
    if (last && last.end === start && same(last.classes, classes) && same(last.titles, titles)) last.end = end
    else runs.push({ start, end, classes, titles })
  }
  return runs
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])
