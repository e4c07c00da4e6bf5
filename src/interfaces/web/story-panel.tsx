// The story page's panel: facts, conflicts, the quote board, the timeline, voices and wording, and the
// brief; every item is a button that selects the spans it rests on.
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { StoryPage } from './api.js'
import { plural } from './common.js'
import { Link, entityPath } from './router.js'
import { conflictSelection, eventSelection, factSelection, loadedSelection, quoteSelection, type Selection } from './story-selection.js'

interface PanelProps {
  page: StoryPage
  selected: Selection | null
  select: (selection: Selection) => void
}

const TABS = ['Facts', 'Conflicts', 'Quotes', 'Timeline', 'Voices', 'Brief'] as const
type Tab = (typeof TABS)[number]

export function StoryPanel(props: PanelProps) {
  const [tab, setTab] = useState<Tab>('Facts')
  const { comparison } = props.page
  const counts: Record<Tab, number | null> = {
    Facts: comparison.facts.length,
    Conflicts: comparison.conflicts.length,
    Quotes: comparison.quotes.length,
    Timeline: comparison.timeline.length,
    Voices: comparison.voices.length,
    Brief: null,
  }
  return (
    <aside class="panel">
      <div class="tabs" role="tablist">
        {TABS.map((t) => (
          <button type="button" role="tab" aria-selected={t === tab} class={t === tab ? 'tab on' : 'tab'} onClick={() => setTab(t)}>
            {t}
            {counts[t] !== null ? <span class="count">{counts[t]}</span> : null}
          </button>
        ))}
      </div>
      <div class="tab-body" role="tabpanel" aria-label={tab}>
        {tab === 'Facts' ? <Facts {...props} /> : null}
        {tab === 'Conflicts' ? <Conflicts {...props} /> : null}
        {tab === 'Quotes' ? <QuoteBoard {...props} /> : null}
        {tab === 'Timeline' ? <Timeline {...props} /> : null}
        {tab === 'Voices' ? <Voices {...props} /> : null}
        {tab === 'Brief' ? <Brief {...props} /> : null}
      </div>
    </aside>
  )
}

/** One selectable item of the panel. */
function Item({ selection, selected, select, cls, children }: { selection: Selection; selected: Selection | null; select: (s: Selection) => void; cls: string; children: ComponentChildren }) {
  const on = selected?.key === selection.key
  return (
    <li>
      <button type="button" class={`item ${cls}${on ? ' on' : ''}`} aria-pressed={on} data-key={selection.key} onClick={() => select(selection)}>
        {children}
      </button>
    </li>
  )
}

function Facts({ page, selected, select }: PanelProps) {
  const corroborated = page.comparison.facts.filter((f) => f.status === 'corroborated')
  const outlets = Object.entries(page.comparison.onlyIn).filter(([, ids]) => ids.length)
  const byId = new Map(page.comparison.facts.map((f) => [f.id, f]))
  return (
    <>
      <h3>Corroborated by several outlets</h3>
      {corroborated.length ? (
        <ul class="items">
          {corroborated.map((f) => (
            <Item selection={factSelection(f)} selected={selected} select={select} cls="fact corroborated">
              {f.text}
              <span class="by small">{f.outlets.join(' · ')}</span>
            </Item>
          ))}
        </ul>
      ) : (
        <p class="muted">No statement is made by more than one outlet.</p>
      )}
      {outlets.map(([outlet, ids]) => (
        <>
          <h3>Only in {outlet}</h3>
          <ul class="items">
            {ids.map((id) => byId.get(id)!).map((f) => (
              <Item selection={factSelection(f)} selected={selected} select={select} cls="fact single">
                {f.text}
              </Item>
            ))}
          </ul>
        </>
      ))}
    </>
  )
}

function Conflicts({ page, selected, select }: PanelProps) {
  const { conflicts } = page.comparison
  if (!conflicts.length) return <p class="muted">The outlets give no conflicting figures.</p>
  return (
    <ul class="items">
      {conflicts.map((c, i) => (
        <Item selection={conflictSelection(c, i)} selected={selected} select={select} cls="conflict-item">
          <strong>
            ⚠ {c.subject}
            {c.unit && c.unit !== '%' ? ` (${c.unit})` : ''}
          </strong>{' '}
          <span class="small muted">{c.reason}</span>
          {c.sources.map((s) => (
            <span class="by">
              {s.label}: <span class="conflict">{s.value.toLocaleString('en-GB')}</span> — {s.text}
            </span>
          ))}
        </Item>
      ))}
    </ul>
  )
}

/** Who said it, through whom, to which outlet: "Ushakov → Interfax → Outlet (→ republished by …)". */
function Chain({ speaker, via, label, copiedBy }: { speaker: string; via: string | null; label: string; copiedBy: readonly string[] }) {
  return (
    <span class="chain small">
      {speaker} → {via ? <span class="via">{via} → </span> : null}
      {label}
      {copiedBy.length ? ` → ${copiedBy.join(', ')}` : ''}
    </span>
  )
}

function QuoteBoard({ page, selected, select }: PanelProps) {
  const copiedBy = new Map(page.articles.map((a) => [a.id, a.copiedBy]))
  const speakers = new Map<string, { quote: StoryPage['comparison']['quotes'][number]; index: number }[]>()
  page.comparison.quotes.forEach((quote, index) => {
    const list = speakers.get(quote.speaker) ?? speakers.set(quote.speaker, []).get(quote.speaker)!
    list.push({ quote, index })
  })
  // the most quoted first; quotes nobody is named for last
  const order = [...speakers].sort(([a, x], [b, y]) => Number(a === 'unattributed') - Number(b === 'unattributed') || y.length - x.length || a.localeCompare(b))
  if (!order.length) return <p class="muted">No quotes found.</p>
  return (
    <div class="quote-board">
      {order.map(([speaker, quotes]) => (
        <section class="speaker" data-speaker={speaker}>
          <h3>
            {speaker === 'unattributed' ? 'Unattributed' : <Link href={entityPath(speaker)}>{speaker}</Link>} <span class="muted small">{plural(quotes.length, 'quote')}</span>
          </h3>
          <ul class="items">
            {quotes.map(({ quote, index }) => {
              const first = quote.variants[0]!
              return (
                <Item selection={quoteSelection(quote, index)} selected={selected} select={select} cls="quote-item">
                  <q>{first.text}</q>
                  <span class="by small">
                    {plural(quote.outlets.length, 'outlet')}: {quote.outlets.join(' · ')}
                  </span>
                  {quote.variants.map((v) => (
                    <span class="variant">
                      <Chain speaker={speaker} via={v.via} label={v.label} copiedBy={copiedBy.get(v.article) ?? []} /> <span class="kind small">{v.kind}</span>
                      {v.text !== first.text ? <q class="small">{v.text}</q> : null}
                    </span>
                  ))}
                </Item>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}

function Timeline({ page, selected, select }: PanelProps) {
  const events = page.comparison.timeline
  if (!events.length) return <p class="muted">No dated statements.</p>
  return (
    <ol class="items timeline">
      {events.map((e, i) => (
        <Item selection={eventSelection(e, i)} selected={selected} select={select} cls="event">
          <time dateTime={e.date}>{e.date}</time> <span class="muted small">({e.when})</span> {e.text}
          <span class="by small">{[...new Set(e.sources.map((s) => s.label))].join(' · ')}</span>
        </Item>
      ))}
    </ol>
  )
}

function Voices({ page, selected, select }: PanelProps) {
  const { voices, loadedWording, outlets } = page.comparison
  return (
    <>
      <h3>Who is quoted</h3>
      {voices.length ? (
        <table class="voices small">
          <thead>
            <tr>
              <th>Speaker</th>
              {outlets.map((o) => (
                <th class="num">{o}</th>
              ))}
              <th class="num">All</th>
            </tr>
          </thead>
          <tbody>
            {voices.map((v) => (
              <tr>
                <td>{v.speaker === 'unattributed' ? <span class="muted">unattributed</span> : <Link href={entityPath(v.speaker)}>{v.speaker}</Link>}</td>
                {outlets.map((o) => (
                  <td class="num">{v.byOutlet[o]?.quotes ?? 0}</td>
                ))}
                <td class="num" title={`${v.characters} characters quoted`}>
                  {v.quotes}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">Nobody is quoted.</p>
      )}
      <h3>Loaded wording in the outlets’ own voice</h3>
      {loadedWording.length ? (
        <ul class="items">
          {loadedWording.map((w, i) => (
            <Item selection={loadedSelection(w, i)} selected={selected} select={select} cls="loaded-item">
              <span class="loaded">{w.word}</span> <span class="small muted">{w.category}</span> <span class="by small">{w.label}</span>
            </Item>
          ))}
        </ul>
      ) : (
        <p class="muted">None found.</p>
      )}
    </>
  )
}

function Brief({ page, selected, select }: PanelProps) {
  const { brief } = page
  return (
    <div class="brief">
      <p class="small muted">Every line is a source sentence or quote, or a figure read from them, and cites the characters it rests on.</p>
      {brief.sections.map((section, s) => (
        <>
          <h3>{section.heading}</h3>
          <ul class="items">
            {section.items.map((item, i) => (
              <Item selection={{ key: `brief:${s}:${i}`, label: section.heading.toLowerCase(), spans: [...item.citations, ...(item.variants ?? []).map((v) => v.citation)] }} selected={selected} select={select} cls="brief-item">
                {item.text}
                <span class="by small">{[...new Set(item.citations.map((c) => c.label))].join(' · ')}</span>
                {(item.variants ?? []).map((v) => (
                  <span class="variant small">
                    {v.label}: <q>{v.text}</q>
                  </span>
                ))}
              </Item>
            ))}
          </ul>
        </>
      ))}
    </div>
  )
}
