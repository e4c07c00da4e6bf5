// A story: the outlets' texts side by side, facts coloured by status, conflicts flagged, and a panel of
// facts, conflicts, quotes, timeline, voices and the brief; choosing an item highlights its characters
// in every article that carries it.
import { useMemo, useState } from 'preact/hooks'
import { api, type StoryPage as StoryPageData } from './api.js'
import { ArticleColumn } from './article-column.js'
import { Await, PubDate, plural } from './common.js'
import { StoryPanel } from './story-panel.js'
import { baseMarks, selectionAt, selectionMarks, type Selection } from './story-selection.js'
import { useData } from './use-data.js'

export function StoryPage({ id }: { id: string }) {
  const loaded = useData(() => api.story(id), [id])
  return (
    <section class="page story">
      <Await loaded={loaded} what="the story">
        {(page) => <Story page={page} />}
      </Await>
    </section>
  )
}

const NO_MARKS: never[] = []

function Story({ page }: { page: StoryPageData }) {
  const [selected, setSelected] = useState<Selection | null>(null)
  const marks = useMemo(() => baseMarks(page), [page])
  const highlights = useMemo(() => new Map(page.articles.map((a) => [a.id, selectionMarks(selected, a.id)])), [page, selected])
  const select = (next: Selection | null) => setSelected((current) => (next && current?.key === next.key ? null : next))
  const { story, comparison } = page
  const carrying = new Set(selected?.spans.map((s) => s.article))

  return (
    <>
      <header class="story-head">
        <h1>{story.title}</h1>
        <p class="muted">
          {plural(story.articles.length, 'article')} · {plural(story.independentSources, 'independent source')}
          {story.outlets.length ? ` · ${story.outlets.join(', ')}` : ''} ·{' '}
          {story.firstPublished && story.firstPublished !== story.lastPublished ? (
            <>
              <PubDate value={story.firstPublished} /> – <PubDate value={story.lastPublished} />
            </>
          ) : (
            <PubDate value={story.lastPublished} />
          )}
        </p>
        <p class="small">
          {plural(comparison.facts.filter((f) => f.status === 'corroborated').length, 'corroborated fact')}, {plural(comparison.facts.filter((f) => f.status === 'single').length, 'single-source fact')},{' '}
          {plural(comparison.conflicts.length, 'conflict')}, {plural(comparison.quotes.length, 'quote')}
        </p>
        <Legend />
      </header>
      <div class="story-body">
        <StoryPanel page={page} selected={selected} select={select} />
        <div class="workspace">
          <p class="selection small" aria-live="polite">
            {selected ? (
              <>
                Highlighted: {selected.label}, in {carrying.size} of {page.articles.length} articles.{' '}
                <button type="button" class="link" onClick={() => setSelected(null)}>
                  Clear
                </button>
              </>
            ) : (
              'Click a fact or a quote, here or in the panel, to see it in every article that carries it.'
            )}
          </p>
          <div class="columns">
            {page.articles.map((a) => (
              <ArticleColumn
                key={a.id}
                article={a}
                marks={marks.get(a.id) ?? NO_MARKS}
                highlight={highlights.get(a.id) ?? NO_MARKS}
                selecting={selected !== null}
                onPick={(offset) => select(selectionAt(page, a.id, offset))}
              />
            ))}
          </div>
        </div>
      </div>
    </>
  )
}

function Legend() {
  return (
    <p class="legend small">
      <span class="fact corroborated">corroborated by several outlets</span> <span class="fact single">reported by one outlet</span> <span class="conflict">conflicting value</span>{' '}
      <span class="quote">quote</span> <span class="loaded">loaded wording</span> <span class="bp">boilerplate</span> <span class="hl">selection</span>
    </p>
  )
}
