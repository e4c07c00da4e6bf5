// Terminal renderings of stories and of why each article is in its story.
import type { StoryDetail, StoryMatch, StorySummary } from '../../engine.js'

const cut = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + '…' : text)

function dates(s: StorySummary): string {
  if (!s.firstPublished) return 'undated'
  return s.firstPublished === s.lastPublished ? s.firstPublished : `${s.firstPublished} – ${s.lastPublished}`
}

export function formatStories(stories: StorySummary[], total: number): string {
  if (stories.length === 0) return 'no stories (ingest articles first)'
  const rows = stories.map((s) => {
    const sources = `${s.independentSources} source${s.independentSources === 1 ? '' : 's'}`
    return `${s.id}  ${dates(s).padEnd(23)}  ${sources.padStart(10)}  ${cut(s.title, 80)}\n    ${cut(s.outlets.join(', ') || '(no outlet named)', 110)}`
  })
  return [...rows, `${total} stories`].join('\n')
}

const pct = (x: number) => x.toFixed(2)

/** One line of reasons: the score against what was needed, then each feature. */
export function formatMatch(match: StoryMatch, threshold: number): string {
  const parts = [`score ${pct(match.score)} (needs ${pct(threshold)})`, `content ${pct(match.content)}`]
  if (match.entities !== null) parts.push(`entities ${pct(match.entities)}`)
  if (match.years !== null) parts.push(`years ${match.years >= 0 ? '+' : ''}${pct(match.years)}`)
  if (match.time) parts.push(`${match.time.gapDays} day${match.time.gapDays === 1 ? '' : 's'} apart${match.time.factor < 1 ? ` (×${pct(match.time.factor)})` : ''}`)
  return parts.join(', ')
}

function shared(match: StoryMatch): string[] {
  const lines: string[] = []
  if (match.sharedEntities.length) lines.push(`shares ${match.sharedEntities.join(', ')}`)
  if (match.sharedTerms.length) lines.push(`words ${match.sharedTerms.join(', ')}`)
  return lines
}

export function formatStory(story: StoryDetail, options: { why?: boolean } = {}): string {
  const lines = [
    `${story.id}  ${story.title}`,
    `  published:   ${dates(story)}`,
    `  sources:     ${story.independentSources} independent (${story.outlets.join(', ') || 'no outlet named'})`,
    `  updated:     ${story.updatedAt}`,
    '',
  ]
  for (const m of story.members) {
    const published = m.publishedAt ? `${m.publishedAt.value}${m.publishedAt.inferred ? ' (inferred)' : ''}` : 'undated'
    lines.push(`${m.id}  ${published.padEnd(21)}  ${cut(m.outlet ?? '—', 24).padEnd(24)}  ${cut(m.title ?? m.lead, 70)}`)
    for (const c of m.copies) lines.push(`    copy ${c.id} (${c.kind}): ${c.outlet ?? c.input}`)
    const d = m.decision
    if (!options.why || !d) continue
    if (d.action === 'started' || !d.match) {
      lines.push(`    started the story: ${d.runnerUp ? `the best other story, ${d.runnerUp.storyId}, scored ${formatMatch(d.runnerUp, d.threshold)}` : 'no story shared its words or names'}`)
      if (d.runnerUp) for (const l of shared(d.runnerUp)) lines.push(`      ${l}`)
    } else {
      lines.push(`    joined: ${formatMatch(d.match, d.threshold)}`)
      for (const l of shared(d.match)) lines.push(`      ${l}`)
      lines.push(`    runner-up: ${d.runnerUp ? `${d.runnerUp.storyId}, ${formatMatch(d.runnerUp, d.threshold)}` : `none of the ${d.candidates} candidates`}`)
    }
  }
  return lines.join('\n')
}
