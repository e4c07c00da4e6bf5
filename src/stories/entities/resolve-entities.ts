// One canonical entity per real-world entity across articles: the same name and type family are one
// entity, and a person named only by surname in one article joins the one full name it can mean.
import { contentId } from '../../core/hash.js'

export interface ArticleEntity {
  articleId: string
  name: string
  type: string
  descriptors: string[]
  mentions: string[]
}

export interface CanonicalEntity {
  id: string
  name: string
  type: string
  aliases: string[]
  descriptors: string[]
  articles: string[]
  mentions: number
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()
const family = (type: string) => (type === 'GPE' || type === 'LOC' ? 'PLACE' : type === 'NORP' || type === 'MISC' ? 'MISC' : type)

/** Stable id of a canonical entity: its type family and canonical name. */
export function canonicalId(type: string, name: string): string {
  return `entity:${contentId(`${family(type)}\u0000${norm(name)}`)}`
}

export function resolveEntities(entities: readonly ArticleEntity[]): CanonicalEntity[] {
  const groups = new Map<string, ArticleEntity[]>()
  const keyOf = (e: ArticleEntity) => `${family(e.type)}\u0000${norm(e.name)}`
  for (const e of entities) {
    const key = keyOf(e)
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key)!.push(e)
  }
  // a one-word person name joins the single full name ending in that word, if there is exactly one
  const fullNames = [...groups.keys()].filter((k) => k.startsWith('PERSON\u0000') && k.includes(' '))
  for (const key of [...groups.keys()]) {
    if (!key.startsWith('PERSON\u0000') || key.includes(' ')) continue
    const word = key.split('\u0000')[1]!
    const targets = fullNames.filter((k) => k.endsWith(` ${word}`))
    if (targets.length === 1) {
      groups.get(targets[0]!)!.push(...groups.get(key)!)
      groups.delete(key)
    }
  }
  const out: CanonicalEntity[] = []
  for (const members of groups.values()) {
    const typeVotes = new Map<string, number>()
    for (const m of members) typeVotes.set(m.type, (typeVotes.get(m.type) ?? 0) + m.mentions.length)
    const type = [...typeVotes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
    const nameVotes = new Map<string, number>()
    for (const m of members) nameVotes.set(m.name, (nameVotes.get(m.name) ?? 0) + 1)
    const name = [...nameVotes].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
    const unique = (values: string[]) => {
      const seen = new Map<string, string>()
      for (const v of values) if (!seen.has(norm(v))) seen.set(norm(v), v)
      return [...seen.values()].sort((a, b) => a.localeCompare(b))
    }
    out.push({
      id: canonicalId(type, name),
      name,
      type,
      aliases: unique(members.flatMap((m) => [m.name, ...m.mentions])).filter((a) => norm(a) !== norm(name)),
      descriptors: unique(members.flatMap((m) => m.descriptors)),
      articles: [...new Set(members.map((m) => m.articleId))].sort(),
      mentions: members.reduce((n, m) => n + m.mentions.length, 0),
    })
  }
  return out.sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name))
}
