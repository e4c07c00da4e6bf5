// Small pieces every page uses: the loading and error states, dates.
import type { ComponentChildren } from 'preact'
import type { Loaded } from './use-data.js'

export function Loading({ what }: { what: string }) {
  return <p class="status">Loading {what}…</p>
}

export function Failed({ error }: { error: Error }) {
  return (
    <p class="status error" role="alert">
      {error.message}
    </p>
  )
}

/** Renders `children(value)` once loaded, else the loading or error state. */
export function Await<T>({ loaded, what, children }: { loaded: Loaded<T>; what: string; children: (value: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <Loading what={what} />
  if (loaded.state === 'error') return <Failed error={loaded.error} />
  return <>{children(loaded.value)}</>
}

/** A publication date as stored (YYYY-MM-DD, YYYY-MM or YYYY), marked when it was inferred. */
export function PubDate({ value, inferred }: { value: string | null | undefined; inferred?: boolean }) {
  if (!value) return <span class="muted">undated</span>
  return (
    <time dateTime={value} title={inferred ? 'inferred from other reports of the same events' : undefined}>
      {value}
      {inferred ? ' (inferred)' : ''}
    </time>
  )
}

export function DateTime({ iso }: { iso: string }) {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return <span>{iso}</span>
  return <time dateTime={iso}>{d.toISOString().slice(0, 16).replace('T', ' ')} UTC</time>
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`
