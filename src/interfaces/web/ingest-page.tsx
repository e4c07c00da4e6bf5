// Adding articles: paste a text, upload files or give a URL; the page shows the upload's progress, then
// the analysis, then what happened to each item and the story each stored article joined.
import { useState } from 'preact/hooks'
import { ApiError, api, storyOfArticles, type StorySummary } from './api.js'
import { plural } from './common.js'
import { Link, storyPath } from './router.js'

interface Outcome {
  input: string
  status: 'stored' | 'duplicate' | 'exists' | 'failed'
  articleId: string | null
  duplicateOf: { articleId: string; kind: string; similarity: number } | null
  error: { code: string; reason: string } | null
}

interface Report {
  stored: number
  duplicates: number
  unchanged: number
  failed: number
  outcomes: Outcome[]
}

type Progress =
  | { phase: 'idle' }
  | { phase: 'sending'; percent: number | null }
  | { phase: 'analysing' }
  | { phase: 'done'; report: Report; storyOf: Map<string, StorySummary> }
  | { phase: 'failed'; error: Error }

const MODES = ['Paste text', 'Upload files', 'From a URL'] as const
type Mode = (typeof MODES)[number]

const TOKEN_KEY = 'parallax.token'

/** POSTs to /articles, reporting the upload's progress; XMLHttpRequest because fetch cannot report it. */
function post(body: XMLHttpRequestBodyInit, json: boolean, token: string, onSent: (percent: number | null) => void, onUploaded: () => void): Promise<Report> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/articles')
    xhr.setRequestHeader('accept', 'application/json')
    if (json) xhr.setRequestHeader('content-type', 'application/json')
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (e) => onSent(e.lengthComputable ? Math.round((e.loaded / e.total) * 100) : null)
    xhr.upload.onload = onUploaded
    xhr.onerror = () => reject(new Error('the server could not be reached'))
    xhr.onload = () => {
      let parsed: unknown
      try {
        parsed = JSON.parse(xhr.responseText)
      } catch {
        return reject(new ApiError(xhr.status, 'PARALLAX_ERR_HTTP', `${xhr.status} ${xhr.statusText}`))
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(parsed as Report)
      const error = (parsed as { error?: { code?: string; message?: string } }).error
      reject(new ApiError(xhr.status, error?.code ?? 'PARALLAX_ERR_HTTP', error?.message ?? `${xhr.status}`))
    }
    xhr.send(body)
  })
}

export function IngestPage() {
  const [mode, setMode] = useState<Mode>('Paste text')
  const [progress, setProgress] = useState<Progress>({ phase: 'idle' })
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '')
  const busy = progress.phase === 'sending' || progress.phase === 'analysing'

  const submit = async (event: Event) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    const field = (name: string) => String(form.get(name) ?? '').trim()
    const meta: Record<string, string> = {}
    for (const name of ['outlet', 'title', 'publishedAt']) if (field(name)) meta[name] = field(name)
    let body: XMLHttpRequestBodyInit
    let json = true
    if (mode === 'Paste text') {
      body = JSON.stringify({ text: String(form.get('text') ?? ''), ...meta, ...(field('url') ? { url: field('url') } : {}) })
    } else if (mode === 'From a URL') {
      body = JSON.stringify({ url: field('url') })
    } else {
      const upload = new FormData()
      for (const file of form.getAll('file')) if (file instanceof File && file.name) upload.append('file', file, file.name)
      for (const [name, value] of Object.entries(meta)) upload.append(name, value)
      body = upload
      json = false
    }
    sessionStorage.setItem(TOKEN_KEY, token)
    setProgress({ phase: 'sending', percent: 0 })
    try {
      const report = await post(body, json, token, (percent) => setProgress({ phase: 'sending', percent }), () => setProgress({ phase: 'analysing' }))
      const storyOf = storyOfArticles(await api.stories())
      setProgress({ phase: 'done', report, storyOf })
    } catch (error) {
      setProgress({ phase: 'failed', error: error instanceof Error ? error : new Error(String(error)) })
    }
  }

  return (
    <section class="page ingest">
      <h1>Add articles</h1>
      <div class="tabs" role="tablist">
        {MODES.map((m) => (
          <button type="button" role="tab" aria-selected={m === mode} class={m === mode ? 'tab on' : 'tab'} onClick={() => setMode(m)}>
            {m}
          </button>
        ))}
      </div>
      <form class="ingest-form" onSubmit={submit}>
        {mode === 'Paste text' ? (
          <>
            <label>
              Text <span class="muted small">(one paragraph per line; a first line “date YYYY-MM-DD” and a dateline “City —” are read)</span>
              <textarea name="text" rows={14} required />
            </label>
            <Meta withUrl />
          </>
        ) : null}
        {mode === 'Upload files' ? (
          <>
            <label>
              Files <span class="muted small">(.txt, .html, RSS/Atom feeds, .jsonl)</span>
              <input type="file" name="file" multiple required />
            </label>
            <Meta />
          </>
        ) : null}
        {mode === 'From a URL' ? (
          <label>
            Page or feed URL
            <input type="url" name="url" placeholder="https://…" required />
          </label>
        ) : null}
        <label class="token">
          Access token <span class="muted small">(only if this server requires one)</span>
          <input type="password" autocomplete="off" value={token} onInput={(e) => setToken(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          Add
        </button>
      </form>
      <ProgressView progress={progress} />
    </section>
  )
}

function Meta({ withUrl = false }: { withUrl?: boolean }) {
  return (
    <div class="meta">
      <label>
        Outlet <input name="outlet" />
      </label>
      <label>
        Title <input name="title" />
      </label>
      <label>
        Published <input name="publishedAt" placeholder="2026-05-04" />
      </label>
      {withUrl ? (
        <label>
          Article URL <input type="url" name="url" placeholder="https://…" />
        </label>
      ) : null}
    </div>
  )
}

function ProgressView({ progress }: { progress: Progress }) {
  if (progress.phase === 'idle') return null
  if (progress.phase === 'sending')
    return (
      <div class="progress" role="status">
        Sending… <progress max={100} value={progress.percent ?? undefined} />
      </div>
    )
  if (progress.phase === 'analysing')
    return (
      <div class="progress" role="status">
        Reading, comparing and analysing… <progress />
      </div>
    )
  if (progress.phase === 'failed')
    return (
      <p class="status error" role="alert">
        {progress.error instanceof ApiError ? `${progress.error.code}: ` : ''}
        {progress.error.message}
      </p>
    )
  const { report, storyOf } = progress
  return (
    <div class="outcome" role="status">
      <p>
        {plural(report.stored, 'article')} stored, {plural(report.duplicates, 'copy', 'copies')} linked, {report.unchanged} already stored, {report.failed} failed.
      </p>
      <table>
        <thead>
          <tr>
            <th>Input</th>
            <th>Outcome</th>
            <th>Story</th>
          </tr>
        </thead>
        <tbody>
          {report.outcomes.map((o) => {
            const story = o.articleId ? storyOf.get(o.articleId) : undefined
            return (
              <tr class={`outcome-${o.status}`}>
                <td>{o.input}</td>
                <td>
                  <span class={`badge ${o.status}`}>{o.status}</span>
                  {o.duplicateOf ? ` ${o.duplicateOf.kind} copy (${Math.round(o.duplicateOf.similarity * 100)}%)` : ''}
                  {o.error ? ` ${o.error.code}: ${o.error.reason}` : ''}
                </td>
                <td>{story ? <Link href={storyPath(story.id)}>{story.title}</Link> : null}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
