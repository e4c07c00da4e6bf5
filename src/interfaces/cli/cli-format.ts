// Human-readable renderings of engine results for the terminal.
import type { ArticleSummary, CanonicalEntity, IngestReport, SearchHit, ShowResult, StoredQuote } from '../../engine.js'

export function formatReportLine(report: IngestReport): string {
  return `ingested ${report.stored}, duplicates ${report.duplicates}, unchanged ${report.unchanged}, failed ${report.failed}`
}

const cut = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + '…' : text)

export function formatArticleList(articles: ArticleSummary[], counts: { articles: number; copies: number }): string {
  if (articles.length === 0) return `no articles stored (${counts.copies} copies)`
  const rows = articles.map((a) =>
    [a.id, a.publishedAt?.value ?? '—', cut(a.outlet ?? '—', 20), cut(a.title ?? a.lead, 70), a.copies ? `+${a.copies} copies` : ''].join('  '),
  )
  return [...rows, `${counts.articles} articles, ${counts.copies} copies`].join('\n')
}

export function formatSearchHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'no matches'
  return hits.map((h) => `${h.id}  ${cut(h.outlet ?? '—', 20)}  ${cut(h.title ?? '', 60)}\n    ${h.snippet.replace(/\s+/g, ' ')}`).join('\n')
}

export function formatShow(shown: ShowResult): string {
  const { article, copies } = shown.view
  const lines: string[] = []
  if (shown.kind === 'copy') {
    const c = shown.copy
    lines.push(`${c.id} is an ${c.kind} copy (similarity ${c.similarity}) of ${c.articleId}`, `  input: ${c.input}`, `  outlet: ${c.outlet ?? '—'}`, '')
  }
  const published = article.publishedAt
    ? `${article.publishedAt.value}${article.publishedAt.inferred ? ' (inferred)' : ''} from ${article.publishedAt.source}`
    : '—'
  lines.push(
    `${article.id}  ${article.title ?? '(no title)'}`,
    `  input:     ${article.input}`,
    `  outlet:    ${article.outlet ?? '—'}`,
    `  url:       ${article.url ?? '—'}`,
    `  byline:    ${article.byline ?? '—'}`,
    `  published: ${published}`,
  )
  if (article.dateline) lines.push(`  dateline:  ${article.dateline.places.join(' / ')}`)
  for (const b of article.boilerplate) lines.push(`  ${b.kind} [${b.span[0]}, ${b.span[1]}): ${cut(article.text.slice(b.span[0], b.span[1]), 90)}`)
  for (const c of copies) lines.push(`  copy ${c.id} (${c.kind}, ${c.similarity}): ${c.input}${c.outlet ? ` — ${c.outlet}` : ''}`)
  lines.push(`  ${article.sentences.length} sentences`, '')
  for (const s of article.sentences) lines.push(`  [${s.span[0]}, ${s.span[1]}) ${article.text.slice(s.span[0], s.span[1])}`)
  return lines.join('\n')
}

export function formatEntities(entities: CanonicalEntity[]): string {
  if (entities.length === 0) return 'no entities stored'
  return entities
    .map((e) => `${e.type.padEnd(7)} ${cut(e.name, 32).padEnd(32)} ${String(e.articles.length).padStart(3)} articles ${String(e.mentions).padStart(4)} mentions  ${cut(e.descriptors.join('; '), 60)}`)
    .join('\n')
}

export function formatEntity(e: CanonicalEntity): string {
  return [
    `${e.name} (${e.type})  ${e.id}`,
    `  aliases:     ${e.aliases.join(', ') || '—'}`,
    `  descriptors: ${e.descriptors.join('; ') || '—'}`,
    `  mentions:    ${e.mentions}`,
    `  articles:    ${e.articles.join(', ')}`,
  ].join('\n')
}

export function formatQuotes(quotes: StoredQuote[]): string {
  if (quotes.length === 0) return 'no quotes'
  return quotes
    .map((q) => {
      const who = q.speaker ? q.speaker.name : 'unattributed'
      const via = q.via ? ` via ${q.via.name}` : ''
      const cue = q.cue ? ` (${q.cue.text})` : ''
      return `${q.articleId}  ${q.kind.padEnd(8)}  ${who}${via}${cue}\n    ${cut(q.text.replace(/\s+/g, ' '), 110)}`
    })
    .join('\n')
}
