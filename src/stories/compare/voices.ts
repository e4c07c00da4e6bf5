// Who gets a voice in a story: each speaker's quotes, how many and how much text, per outlet.
import type { StoryArticle } from '../story-article.js'

export interface Voice {
  speaker: string
  quotes: number
  characters: number
  byOutlet: Record<string, { quotes: number; characters: number }>
}

export function voices(articles: readonly StoryArticle[]): Voice[] {
  const out = new Map<string, Voice>()
  for (const article of articles) {
    for (const q of article.quotes) {
      const speaker = q.data.speaker?.name ?? 'unattributed'
      const voice = out.get(speaker) ?? { speaker, quotes: 0, characters: 0, byOutlet: {} }
      const outlet = (voice.byOutlet[article.label] ??= { quotes: 0, characters: 0 })
      voice.quotes++
      voice.characters += q.data.text.length
      outlet.quotes++
      outlet.characters += q.data.text.length
      out.set(speaker, voice)
    }
  }
  return [...out.values()].sort((a, b) => b.characters - a.characters || a.speaker.localeCompare(b.speaker))
}
