// The UI's frame: a header with the navigation and the search box, and the page the path names.
import { useState } from 'preact/hooks'
import { EntityPage } from './entity-page.js'
import { IngestPage } from './ingest-page.js'
import { Link, findPath, navigate, useLocation } from './router.js'
import { SearchPage } from './search-page.js'
import { StoryListPage } from './story-list-page.js'
import { StoryPage } from './story-page.js'

export function App() {
  const { path, query } = useLocation()
  return (
    <>
      <header class="top">
        <Link href="/" class="brand">
          parallax
        </Link>
        <nav>
          <Link href="/">Stories</Link>
          <Link href="/ingest">Add articles</Link>
        </nav>
        <SearchBox initial={path === '/find' ? (query.get('q') ?? '') : ''} />
      </header>
      <main>{page(path, query)}</main>
    </>
  )
}

function page(path: string, query: URLSearchParams) {
  const param = (prefix: string) => decodeURIComponent(path.slice(prefix.length))
  if (path === '/') return <StoryListPage />
  if (path.startsWith('/story/')) return <StoryPage id={param('/story/')} />
  if (path.startsWith('/entity/')) return <EntityPage name={param('/entity/')} />
  if (path === '/find') return <SearchPage q={query.get('q') ?? ''} />
  if (path === '/ingest') return <IngestPage />
  return (
    <section class="page">
      <h1>Not found</h1>
      <p>
        There is no page at <code>{path}</code>. <Link href="/">See the stories.</Link>
      </p>
    </section>
  )
}

function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial)
  const onSubmit = (event: Event) => {
    event.preventDefault()
    if (q.trim()) navigate(findPath(q.trim()))
  }
  return (
    <form class="search" role="search" onSubmit={onSubmit}>
      <input type="search" name="q" placeholder="Search articles, people, places…" aria-label="Search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      <button type="submit">Search</button>
    </form>
  )
}
