// A person, organisation or place: who it is across the stored articles, the stories it appears in,
// and, for a speaker, every quote over time across stories with the outlet and the relay.
import { ApiError, api, storyOfArticles, type ArticleSummary, type StoredQuote, type StorySummary } from './api.js'
import { Await, PubDate, plural } from './common.js'
import { Link, storyPath } from './router.js'
import { useData } from './use-data.js'

async function load(name: string) {
  const [entity, quotes, stories, articles] = await Promise.all([
    api.entity(name).catch((error: unknown) => (error instanceof ApiError && error.status === 404 ? null : Promise.reject(error))),
    api.quotesBy(name),
    api.stories(),
    api.articles(),
  ])
  return { entity, quotes, stories, articles }
}

export function EntityPage({ name }: { name: string }) {
  const loaded = useData(() => load(name), [name])
  return (
    <section class="page entity">
      <Await loaded={loaded} what={name}>
        {({ entity, quotes, stories, articles }) => {
          const storyOf = storyOfArticles(stories)
          const articleOf = new Map(articles.map((a) => [a.id, a]))
          const inStories = entity ? [...new Set(entity.articles.flatMap((id) => (storyOf.has(id) ? [storyOf.get(id)!] : [])))] : []
          return (
            <>
              <h1>{entity?.name ?? name}</h1>
              {entity ? (
                <p class="muted">
                  {entity.type} · {plural(entity.mentions, 'mention')} in {plural(entity.articles.length, 'article')}
                  {entity.aliases.length ? ` · also ${entity.aliases.join(', ')}` : ''}
                  {entity.descriptors.length ? ` · ${entity.descriptors.join('; ')}` : ''}
                </p>
              ) : (
                <p class="muted">Not a recognised entity; showing the quotes attributed to this name.</p>
              )}
              {inStories.length ? (
                <>
                  <h2>Stories</h2>
                  <ul>
                    {inStories.map((s) => (
                      <li>
                        <Link href={storyPath(s.id)}>{s.title}</Link> <span class="muted small">{plural(s.articles.length, 'article')}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <h2>Quotes over time</h2>
              <QuotesOverTime quotes={quotes} articleOf={articleOf} storyOf={storyOf} />
            </>
          )
        }}
      </Await>
    </section>
  )
}

function QuotesOverTime({ quotes, articleOf, storyOf }: { quotes: StoredQuote[]; articleOf: Map<string, ArticleSummary>; storyOf: Map<string, StorySummary> }) {
  if (!quotes.length) return <p class="muted">No quotes attributed to this name.</p>
  // by publication date, undated last; the API gives them in ingest order, which breaks ties
  const dated = quotes.map((q, i) => ({ q, i, date: articleOf.get(q.articleId)?.publishedAt?.value ?? null }))
  dated.sort((a, b) => (a.date === b.date ? a.i - b.i : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1))
  return (
    <ol class="quotes-over-time">
      {dated.map(({ q, date }) => {
        const article = articleOf.get(q.articleId)
        const story = storyOf.get(q.articleId)
        return (
          <li>
            <div class="small muted">
              <PubDate value={date} inferred={article?.publishedAt?.inferred} /> · {article?.outlet ?? article?.input ?? q.articleId}
              {q.via ? ` · via ${q.via.name}` : ''} · {q.kind}
              {story ? (
                <>
                  {' · '}
                  <Link href={storyPath(story.id)}>{story.title}</Link>
                </>
              ) : null}
            </div>
            <q>{q.text}</q>
          </li>
        )
      })}
    </ol>
  )
}
