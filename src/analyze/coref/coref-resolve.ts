// Resolves role phrases and pronouns to the article's entities, in text order, from evidence in the article:
// descriptors ("Kremlin aide Yuri Ushakov"), earlier resolved role phrases and the salience of recent subjects.
import type { Annotation } from '../../core/annotation.js'
import type { Span } from '../../core/span.js'
import type { EntityData } from '../entities/entities-analyzer.js'
import { countryKey, sharesKey } from './affiliation.js'
import type { Mention, RolePhrase } from './coref-mentions.js'
import { DOMAINS, roleClass, roleNoun, rolesCompatible } from './role-lexicon.js'

export interface Resolution {
  mention: Mention
  entity: string | null
  rule: string
  members?: string[]
}

/** What the article says about a person's role: the role class, country keys and domain of each descriptor. */
interface RoleEvidence {
  roleClass: string
  keys: Set<string>
  domain: string | undefined
}

type Entity = Annotation<EntityData>

/** How many sentences back "the diplomat" still means the unnamed "a diplomat" introduced before. */
const UNNAMED_WINDOW = 6

/** How many sentences back a pronoun looks for its antecedent; news rarely reaches further. */
const PRONOUN_WINDOW = 2

export function resolveMentions(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  paragraphOf: (sentence: number) => number,
  /** Sentences between two sentences, not counting those wholly inside quotes. */
  distance: (from: number, to: number) => number = (from, to) => to - from,
): Resolution[] {
  const byId = new Map(entities.map((e) => [e.id, e]))
  const evidence = new Map<string, RoleEvidence[]>()
  const gender = new Map<string, 'm' | 'f'>()
  const entityKeys = (e: Entity) => new Set([...(e.data.type === 'ORG' || e.data.type === 'GPE' || e.data.type === 'NORP' ? [countryKey(e.data.name) ?? '', `org:${e.data.name.toLowerCase()}`] : [])].filter(Boolean))

  // descriptors as evidence: "Russian President" → president, {russia}
  const keysOfPhrase = (words: string[], owners: string[]): Set<string> => {
    const keys = new Set<string>()
    const add = (phrase: string) => {
      const key = countryKey(phrase)
      if (key) keys.add(key)
      const entity = entities.find((e) => e.data.type === 'ORG' && e.data.mentions.some((m) => m.text.toLowerCase() === phrase.toLowerCase()))
      if (entity) {
        keys.add(`org:${entity.data.name.toLowerCase()}`)
        const seat = countryKey(entity.data.name)
        if (seat) keys.add(seat)
      }
      const person = entities.find((e) => e.data.type === 'PERSON' && e.data.mentions.some((m) => m.text === phrase))
      if (person) keys.add(`person:${person.id}`)
    }
    for (let i = 0; i < words.length; i++) {
      add(words[i]!)
      if (i + 1 < words.length) add(`${words[i]} ${words[i + 1]}`)
      if (i + 2 < words.length) add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)
    }
    for (const owner of owners) add(owner)
    return keys
  }
  for (const entity of entities) {
    if (entity.data.type !== 'PERSON') continue
    const list: RoleEvidence[] = []
    for (const d of entity.data.descriptors) {
      const words = d.text.replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean)
      const head = words[words.length - 1]
      const role = head ? roleNoun(head) : undefined
      const cls = role ? roleClass(role.noun, words[words.length - 2]) : undefined
      if (!cls) continue
      list.push({ roleClass: cls, keys: keysOfPhrase(words.slice(0, -1), []), domain: words.slice(0, -1).map((w) => w.toLowerCase()).find((w) => DOMAINS.has(w)) })
    }
    evidence.set(entity.id, list)
  }

  const roleEvidenceOf = (role: RolePhrase): RoleEvidence => {
    const words = role.modifiers.map((t) => t.text).filter((w) => !/^[’']s$/.test(w))
    const owners = role.owners.map((s) => text.slice(s[0], s[1]))
    return { roleClass: role.roleClass, keys: keysOfPhrase(words, owners), domain: words.map((w) => w.toLowerCase()).find((w) => DOMAINS.has(w)) }
  }

  /** Evidence that the entity holds the role: some descriptor with a compatible role, country and domain. */
  const supports = (entityId: string, wanted: RoleEvidence): 'yes' | 'unknown' | 'no' => {
    const list = evidence.get(entityId) ?? []
    if (list.length === 0) return 'unknown'
    let verdict: 'yes' | 'unknown' | 'no' = 'no'
    for (const e of list) {
      if (!rolesCompatible(e.roleClass, wanted.roleClass)) continue
      if (e.domain && wanted.domain && e.domain !== wanted.domain) continue
      if (wanted.keys.size === 0 || sharesKey(e.keys, wanted.keys)) return 'yes'
      if (e.keys.size === 0) verdict = 'unknown' // "President" without a country: neither for nor against
    }
    return verdict
  }

  const resolutions: Resolution[] = []
  const history: { mention: Mention; entity: string; type: string }[] = []
  const ordered = [...mentions].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])

  for (const mention of ordered) {
    if (mention.entity) {
      if (mention.gender) gender.set(mention.entity.id, mention.gender)
      resolutions.push({ mention, entity: mention.entity.id, rule: `entity-${mention.kind}` })
      history.push({ mention, entity: mention.entity.id, type: mention.entity.data.type })
      continue
    }
    if (mention.role) {
      const resolution = resolveRole(mention, mention.role)
      resolutions.push(resolution)
      if (resolution.entity) {
        history.push({ mention, entity: resolution.entity, type: 'PERSON' })
        // a resolved role phrase is evidence for later ones: "the Russian president" … "the Russian leader"
        if (resolution.rule === 'role-descriptor' || resolution.rule === 'role-evidence') evidence.get(resolution.entity)?.push(roleEvidenceOf(mention.role))
      }
      continue
    }
    if (mention.pronoun) {
      const resolution = resolvePronoun(mention)
      resolutions.push(resolution)
      if (resolution.entity) {
        const type = byId.get(resolution.entity)?.data.type ?? 'PERSON'
        history.push({ mention, entity: resolution.entity, type })
        if (mention.gender && type === 'PERSON' && !gender.has(resolution.entity)) gender.set(resolution.entity, mention.gender)
      }
    }
  }
  return resolutions.sort((a, b) => a.mention.span[0] - b.mention.span[0])

  function resolveRole(mention: Mention, role: RolePhrase): Resolution {
    // an apposition or title already recorded as an entity's descriptor
    const described = entities.find((e) => e.data.descriptors.some((d) => overlaps(d.span, mention.span)))
    if (described) return { mention, entity: described.id, rule: 'role-descriptor' }
    // "A diplomat close to the talks said … The diplomat said …": the same unnamed person again
    const unnamed = [...resolutions].reverse().find((r) => r.entity === null && r.mention.role && !r.mention.role.definite && r.mention.role.noun === role.noun)
    if (role.definite && unnamed && mention.sentence - unnamed.mention.sentence <= UNNAMED_WINDOW) return { mention, entity: null, rule: 'role-unnamed-again' }
    const wanted = roleEvidenceOf(role)
    const leadSentence = mention.sentence === 0
    if (!role.definite && !leadSentence) return { mention, entity: null, rule: 'role-indefinite' }
    // the persons mentioned before (or, in the lead, anywhere in the article: headlines withhold names)
    const persons = entities.filter((e) => e.data.type === 'PERSON' && (leadSentence || e.data.mentions.some((m) => m.span[0] < mention.span[0])))
    const supported = persons.filter((e) => supports(e.id, wanted) === 'yes')
    if (supported.length > 0) {
      const recent = mostRecent(supported, mention.span[0])
      return { mention, entity: recent.id, rule: role.definite ? 'role-evidence' : 'role-lead' }
    }
    if (!role.definite) return { mention, entity: null, rule: 'role-indefinite' }
    // no descriptor says who holds the role: the salient person of the previous sentence, if nothing contradicts it
    const salient = salientCandidates(mention, ['PERSON'])[0]
    if (salient && salient.mention.sentence < mention.sentence && (salient.mention.subject || salient.mention.speaker) && supports(salient.entity, wanted) !== 'no' && !sameSentenceOwner(mention, salient.entity)) {
      return { mention, entity: salient.entity, rule: 'role-salient' }
    }
    return { mention, entity: null, rule: 'role-unresolved' }
  }

  function sameSentenceOwner(mention: Mention, entityId: string): boolean {
    // "Trump’s envoy" is not Trump
    const owners = mention.role?.owners ?? []
    return owners.some((o) => byId.get(entityId)?.data.mentions.some((m) => overlaps(m.span, o)))
  }

  function resolvePronoun(mention: Mention): Resolution {
    if (mention.pronoun === 'they') {
      const candidates = salientCandidates(mention, ['ORG', 'GPE', 'NORP', 'GROUP'])
      const best = candidates[0]
      if (best && (best.mention.subject || best.mention.sentence === mention.sentence)) {
        if (best.members) return { mention, entity: null, rule: 'they-group', members: best.members }
        return { mention, entity: best.entity, rule: 'they-organisation' }
      }
      return { mention, entity: null, rule: 'pronoun-unresolved' }
    }
    const candidates = salientCandidates(mention, ['PERSON']).filter((c) => {
      const g = gender.get(c.entity)
      return !g || !mention.gender || g === mention.gender
    })
    const best = candidates[0]
    if (!best) return { mention, entity: null, rule: 'pronoun-unresolved' }
    const rule = best.mention.speaker ? 'pronoun-speaker' : best.mention.subject ? 'pronoun-subject' : 'pronoun-recent'
    return { mention, entity: best.entity, rule }
  }

  /** Earlier mentions of the wanted types near `mention`, most salient first. */
  function salientCandidates(mention: Mention, types: readonly string[]): { mention: Mention; entity: string; members?: string[]; rank: number }[] {
    const out: { mention: Mention; entity: string; members?: string[]; rank: number }[] = []
    const seen = new Set<string>()
    const paragraph = paragraphOf(mention.sentence)
    const near = history.filter((h) => {
      const apart = distance(h.mention.sentence, mention.sentence)
      return h.mention.span[1] <= mention.span[0] && apart <= PRONOUN_WINDOW && !h.mention.quoted && paragraph - paragraphOf(h.mention.sentence) <= PRONOUN_WINDOW
    })
    // coordinated subjects form a group: "Russia and India stressed …"
    if (types.includes('GROUP')) {
      for (const h of near) {
        const partner = near.find((o) => o !== h && o.mention.sentence === h.mention.sentence && /^\s*and\s*$/.test(text.slice(h.mention.span[1], o.mention.span[0])))
        if (partner && partner.mention.subject) {
          out.push({ mention: partner.mention, entity: h.entity, members: [h.entity, partner.entity], rank: rankOf(partner.mention, mention, distance) - 0.5 })
        }
      }
    }
    for (const h of [...near].reverse()) {
      if (!types.includes(h.type)) continue
      const key = `${h.entity}:${h.mention.sentence}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ mention: h.mention, entity: h.entity, rank: rankOf(h.mention, mention, distance) })
    }
    return out.sort((a, b) => a.rank - b.rank || b.mention.span[0] - a.mention.span[0])
  }
}

/**
 * Salience rank of an antecedent (lower is better): subjects of the same sentence, then the speaker or main
 * subject of the previous sentences, then embedded subjects, then anything else, nearest sentence first.
 */
function rankOf(candidate: Mention, pronoun: Mention, apart: (from: number, to: number) => number): number {
  const distance = apart(candidate.sentence, pronoun.sentence)
  const role = candidate.speaker || (candidate.subject && candidate.main) ? 0 : candidate.subject ? 1 : 2
  if (distance === 0) return candidate.subject ? 0 : 4
  return distance + role + (role === 2 ? 2 : 0)
}

function mostRecent(candidates: readonly Entity[], before: number): Entity {
  const lastMention = (e: Entity) => Math.max(...e.data.mentions.filter((m) => m.span[0] < before).map((m) => m.span[0]), -1)
  return [...candidates].sort((a, b) => lastMention(b) - lastMention(a))[0]!
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}
