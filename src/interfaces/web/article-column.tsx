// One outlet's article on the story page: its text as runs of text nodes, coloured by the marks, with
// the selection highlighted at its exact characters and scrolled into view.
import { useEffect, useMemo, useRef } from 'preact/hooks'
import type { StoryPageArticle } from './api.js'
import { PubDate } from './common.js'
import { runsOf, type Mark } from './text-marks.js'

export interface ArticleColumnProps {
  article: StoryPageArticle
  marks: readonly Mark[]
  highlight: readonly Mark[]
  /** Whether something is selected (and so whether this article carries it is worth saying). */
  selecting: boolean
  onPick: (offset: number) => void
}

export function ArticleColumn({ article, marks, highlight, selecting, onPick }: ArticleColumnProps) {
  const runs = useMemo(() => runsOf(article.text.length, [...marks, ...highlight]), [article.text, marks, highlight])
  const textRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const box = textRef.current
    const first = box?.querySelector<HTMLElement>('[data-hl]')
    if (box && first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3)
  }, [highlight])

  const onClick = (event: MouseEvent) => {
    // a click that ends a text selection is the reader copying, not choosing
    if (getSelection()?.toString()) return
    const at = (event.target as HTMLElement).closest<HTMLElement>('[data-s]')
    if (at) onPick(Number(at.dataset.s))
  }

  return (
    <article class="col" data-article={article.id} aria-label={article.label}>
      <header>
        <h2>{article.label}</h2>
        {article.title ? <p class="col-title">{article.title}</p> : null}
        <p class="small muted">
          <PubDate value={article.publishedAt?.value} inferred={article.publishedAt?.inferred} />
          {article.copiedBy.length ? ` · republished by ${article.copiedBy.join(', ')}` : ''}
        </p>
        {selecting ? <p class={`carries small ${highlight.length ? 'yes' : 'no'}`}>{highlight.length ? 'carries the selection' : 'does not carry the selection'}</p> : null}
      </header>
      <div class="text" ref={textRef} onClick={onClick}>
        {runs.map((r) => {
          const text = article.text.slice(r.start, r.end)
          if (r.classes.length === 0) return text
          return (
            <span class={r.classes.join(' ')} data-s={r.start} data-hl={r.classes.includes('hl') ? '' : undefined} title={r.titles.join('\n') || undefined}>
              {text}
            </span>
          )
        })}
      </div>
    </article>
  )
}
