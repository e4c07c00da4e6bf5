// The story routes' answers: a story with its articles' texts, the comparison of its outlets and the
// cited brief, as the engine gives them (engine.story, then engine.compare over its articles).
import type { Brief, Comparison, Engine, StoryComparison, StoryDetail } from '../../engine.js'

/** An article of a story as the story page shows it: the text every span indexes into, and who published it. */
export interface StoryPageArticle {
  id: string
  /** How the comparison and the brief name the source: the outlet, else the input's file name. */
  label: string
  outlet: string | null
  title: string | null
  publishedAt: Comparison['articles'][number]['publishedAt']
  text: string
  boilerplate: Comparison['articles'][number]['boilerplate']
  /** Outlets that republished it (syndicated copies). */
  copiedBy: string[]
}

export interface StoryPage {
  story: StoryDetail
  articles: StoryPageArticle[]
  comparison: StoryComparison
  brief: Brief
}

export async function storyPage(engine: Engine, id: string): Promise<StoryPage> {
  const story = await engine.story(id)
  const { articles, comparison, brief } = await engine.compare(story.articles, { title: story.title })
  // the analysis layers stay out: the comparison already holds every span the page shows
  return {
    story,
    articles: articles.map((a) => ({ id: a.id, label: a.label, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, text: a.text, boilerplate: a.boilerplate, copiedBy: a.copiedBy })),
    comparison,
    brief,
  }
}
