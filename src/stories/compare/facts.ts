// Facts of a story: groups of aligned sentences. A fact told by two or more independent outlets is
// corroborated; a sentence no other outlet matches is a single-source fact of its outlet.
import type { Alignment, SentenceUnit } from '../align/align-sentences.js'
import type { SourceRef, StoryArticle } from '../story-article.js'

export interface Fact {
  id: string
  /** The wording of the earliest source that states it. */
  text: string
  status: 'corroborated' | 'single'
  sources: (SourceRef & { label: string })[]
  /** Independent outlets: distinct outlet labels among the sources (syndicated copies are not sources). */
  outlets: string[]
}

// A sentence with fewer content words than this is a subhead or a fragment, not a statement of fact.
const MIN_FACT_WORDS = 4

export function buildFacts(articles: readonly StoryArticle[], units: readonly SentenceUnit[], alignments: readonly Alignment[]): Fact[] {
  const keyOf = (u: SentenceUnit) => `${u.article}:${u.index}`
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    const p = parent.get(k) ?? k
    if (p === k) return k
    const root = find(p)
    parent.set(k, root)
    return root
  }
  // Alignments are taken best first, and two groups merge only if no article would then say the fact
  // twice: chains of loose matches (A1~B1~A2) must not glue distinct statements together.
  const articlesOf = new Map<string, Set<string>>()
  const membersOf = (root: string) => articlesOf.get(root) ?? new Set([root.slice(0, root.lastIndexOf(':'))])
  for (const { a, b } of alignments) {
    const [ra, rb] = [find(keyOf(a)), find(keyOf(b))]
    if (ra === rb) continue
    const [ma, mb] = [membersOf(ra), membersOf(rb)]
    if ([...ma].some((x) => mb.has(x))) continue
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra]
    parent.set(child, root)
    articlesOf.set(root, new Set([...ma, ...mb]))
  }
  const order = new Map(articles.map((a, i) => [a.id, i]))
  const labelOf = new Map(articles.map((a) => [a.id, a.label]))
  const groups = new Map<string, SentenceUnit[]>()
  for (const u of units) {
    if (u.words.size < MIN_FACT_WORDS) continue
    const root = find(keyOf(u))
    ;(groups.get(root) ?? groups.set(root, []).get(root)!).push(u)
  }
  const facts: Fact[] = []
  for (const members of groups.values()) {
    // one source per article: the member best matching the others (the first, in text order)
    const byArticle = new Map<string, SentenceUnit>()
    for (const m of members.sort((x, y) => order.get(x.article)! - order.get(y.article)! || x.index - y.index)) {
      if (!byArticle.has(m.article)) byArticle.set(m.article, m)
    }
    const sources = [...byArticle.values()].map((m) => ({ article: m.article, span: m.span, label: labelOf.get(m.article)! }))
    const outlets = [...new Set(sources.map((s) => s.label))]
    const first = [...byArticle.values()][0]!
    facts.push({
      id: `fact:${first.article}:${first.span[0]}`,
      text: first.text,
      status: outlets.length >= 2 ? 'corroborated' : 'single',
      sources,
      outlets,
    })
  }
  return facts.sort(
    (x, y) =>
      Number(y.status === 'corroborated') - Number(x.status === 'corroborated') ||
      y.outlets.length - x.outlets.length ||
      order.get(x.sources[0]!.article)! - order.get(y.sources[0]!.article)! ||
      x.sources[0]!.span[0] - y.sources[0]!.span[0],
  )
}
