// A StoryIndex held in memory: for evaluations, tuning and tests. It behaves like the store's index
// (same postings order, same assignments) but a posting list is sorted on each lookup, so it suits
// thousands of articles, not millions.
import type { ClusterDecision } from './cluster-decision.js'
import type { KeyFrequencies, StoryAssignment, StoryIndex } from './story-index.js'
import type { StoryProfile } from './story-profile.js'

export interface MemoryStoryIndex extends StoryIndex {
  /** Story id → its articles in the order they were assigned. */
  stories(): Map<string, string[]>
  decisions(): ClusterDecision[]
}

export function createMemoryStoryIndex(): MemoryStoryIndex {
  let documents = 0
  let clock = 0
  const df = new Map<string, number>()
  const profiles = new Map<string, StoryProfile>()
  const updated = new Map<string, number>()
  const postings = new Map<string, Set<string>>()
  const storyOf = new Map<string, string>()
  const members = new Map<string, string[]>()
  const decisions: ClusterDecision[] = []

  return {
    async keyFrequencies(keys): Promise<KeyFrequencies> {
      const frequencies = new Map<string, number>()
      for (const key of keys) {
        const n = df.get(key)
        if (n !== undefined) frequencies.set(key, n)
      }
      return { documents, frequencies }
    },
    async storiesByKeys(keys, limit) {
      const out = new Map<string, string[]>()
      for (const key of keys) {
        const ids = postings.get(key)
        if (!ids || out.has(key)) continue
        out.set(key, [...ids].sort((a, b) => updated.get(b)! - updated.get(a)!).slice(0, limit))
      }
      return out
    },
    async storyProfiles(ids) {
      return ids.flatMap((id) => (profiles.has(id) ? [profiles.get(id)!] : []))
    },
    async storyOfArticle(articleId) {
      return storyOf.get(articleId) ?? null
    },
    async assignStory({ articleId, decision, profile, previousPostings, keys }: StoryAssignment) {
      if (storyOf.has(articleId)) return false
      for (const key of previousPostings) postings.get(key)?.delete(profile.id)
      for (const key of profile.postings) {
        if (!postings.has(key)) postings.set(key, new Set())
        postings.get(key)!.add(profile.id)
      }
      profiles.set(profile.id, profile)
      updated.set(profile.id, ++clock)
      storyOf.set(articleId, profile.id)
      if (!members.has(profile.id)) members.set(profile.id, [])
      members.get(profile.id)!.push(articleId)
      for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1)
      documents++
      decisions.push(decision)
      return true
    },
    stories: () => new Map([...members].map(([id, list]) => [id, [...list]])),
    decisions: () => [...decisions],
  }
}
