// A small history router: the UI's pages live at paths the API does not use (/, /story/…, /entity/…,
// /find, /ingest), so the server can answer them all with index.html.
import type { ComponentChildren } from 'preact'
import { useEffect, useState } from 'preact/hooks'

const CHANGE = 'parallax:navigate'

export interface Location {
  path: string
  query: URLSearchParams
}

const current = (): Location => ({ path: location.pathname, query: new URLSearchParams(location.search) })

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  dispatchEvent(new Event(CHANGE))
  if (!options.replace) scrollTo(0, 0)
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current)
  useEffect(() => {
    const update = () => setLoc(current())
    addEventListener('popstate', update)
    addEventListener(CHANGE, update)
    return () => {
      removeEventListener('popstate', update)
      removeEventListener(CHANGE, update)
    }
  }, [])
  return loc
}

/** A link that changes page without reloading; a click with a modifier key still opens a new tab. */
export function Link(props: { href: string; class?: string; title?: string; children: ComponentChildren }) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(props.href)
  }
  return (
    <a href={props.href} class={props.class} title={props.title} onClick={onClick}>
      {props.children}
    </a>
  )
}

export const storyPath = (id: string) => `/story/${encodeURIComponent(id.replace(/^story:/, ''))}`
export const entityPath = (name: string) => `/entity/${encodeURIComponent(name)}`
export const findPath = (q: string) => `/find?q=${encodeURIComponent(q)}`
