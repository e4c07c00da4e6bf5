// The list of stories: title, how many articles, independent sources and outlets, and the last update.
import { api } from './api.js'
import { Await, DateTime, PubDate } from './common.js'
import { Link, storyPath } from './router.js'
import { useData } from './use-data.js'

export function StoryListPage() {
  const stories = useData(() => api.stories(), [])
  return (
    <section class="page">
      <h1>Stories</h1>
      <Await loaded={stories} what="stories">
        {(list) =>
          list.length === 0 ? (
            <p class="empty">
              No stories yet. <Link href="/ingest">Add articles</Link> and parallax groups the reports of the same events into stories.
            </p>
          ) : (
            <table class="stories">
              <thead>
                <tr>
                  <th>Story</th>
                  <th class="num">Articles</th>
                  <th class="num">Independent sources</th>
                  <th>Outlets</th>
                  <th>Last update</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id} data-story={s.id}>
                    <td>
                      <Link href={storyPath(s.id)} class="story-title">
                        {s.title}
                      </Link>
                    </td>
                    <td class="num">{s.articles.length}</td>
                    <td class="num">{s.independentSources}</td>
                    <td class="outlets">{s.outlets.length ? s.outlets.join(', ') : <span class="muted">unknown</span>}</td>
                    <td>
                      <PubDate value={s.lastPublished} />
                      <div class="muted small">
                        added <DateTime iso={s.updatedAt} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Await>
    </section>
  )
}
