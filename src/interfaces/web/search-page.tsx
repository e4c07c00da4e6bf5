// Search: stories by title, people, organisations and places by name or alias, and articles by full text.
import { api, storyOfArticles } from './api.js'
import { Await, plural } from './common.js'
import { Link, entityPath, storyPath } from './router.js'
import { useData } from './use-data.js'

// The API's snippets mark the matched words with [ and ]; they are shown as marked text, never as markup.
function Snippet({ text }: { text: string }) {
  return <>{text.split(/(\[[^\]]*\])/).map((part) => (/^\[[^\]]*\]$/.test(part) ? <mark>{part.slice(1, -1)}</mark> : part))}</>
}

async function load(q: string) {
  const [hits, stories, entities] = await Promise.all([api.search(q), api.stories(), api.entities()])
  const wanted = q.toLowerCase()
  return {
    hits: hits.hits,
    stories,
    matchingStories: stories.filter((s) => s.title.toLowerCase().includes(wanted)),
    entities: entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(wanted))).slice(0, 30),
  }
}

export function SearchPage({ q }: { q: string }) {
  const loaded = useData(() => (q ? load(q) : Promise.resolve(null)), [q])
  return (
    <section class="page">
      <h1>Search{q ? `: ${q}` : ''}</h1>
      {!q ? (
        <p class="muted">Type words in the search box.</p>
      ) : (
        <Await loaded={loaded} what="results">
          {(r) => {
            if (!r) return null
            const storyOf = storyOfArticles(r.stories)
            return (
              <>
                {r.matchingStories.length ? (
                  <>
                    <h2>Stories</h2>
                    <ul>
                      {r.matchingStories.map((s) => (
                        <li>
                          <Link href={storyPath(s.id)}>{s.title}</Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {r.entities.length ? (
                  <>
                    <h2>People, organisations, places</h2>
                    <ul class="entities">
                      {r.entities.map((e) => (
                        <li>
                          <Link href={entityPath(e.name)}>{e.name}</Link> <span class="muted small">{e.type} · {plural(e.articles.length, 'article')}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <h2>Articles</h2>
                {r.hits.length ? (
                  <ol class="hits">
                    {r.hits.map((h) => {
                      const story = storyOf.get(h.id)
                      return (
                        <li>
                          <div>
                            {story ? <Link href={storyPath(story.id)}>{h.title ?? 'Untitled article'}</Link> : <span>{h.title ?? 'Untitled article'}</span>}{' '}
                            <span class="muted small">
                              {h.outlet ?? ''}
                              {story && story.title !== h.title ? ` · in “${story.title}”` : ''}
                            </span>
                          </div>
                          <div class="small">
                            <Snippet text={h.snippet} />
                          </div>
                        </li>
                      )
                    })}
                  </ol>
                ) : (
                  <p class="muted">No article contains these words.</p>
                )}
              </>
            )
          }}
        </Await>
      )}
    </section>
  )
}
