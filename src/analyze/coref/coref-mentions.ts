// Mentions that coreference links: names and surnames from the entities layer, honorific forms ("Mr Okafor",
// "Sir Owen"), role phrases ("the Russian leader", "a Kremlin aide") and personal pronouns.
import type { Annotation } from '../../core/annotation.js'
import type { Span } from '../../core/span.js'
import { isComma, isDeterminer, isNounHead, isPossessiveMark, isQuoteChar, subjectBefore, verbAfter, type Tok } from '../clauses.js'
import { isSpeechForm } from '../cue-lexicon.js'
import type { EntityData } from '../entities/entities-analyzer.js'
import { HONORIFICS, roleClass, roleGender, roleNoun } from './role-lexicon.js'

export type CorefKind = 'name' | 'surname' | 'honorific' | 'role' | 'pronoun'

export interface Mention {
  span: Span
  kind: CorefKind
  sentence: number
  /** Token range of the mention in its sentence. */
  first: number
  last: number
  /** The entity an entities-layer mention belongs to (names, surnames, honorific forms). */
  entity?: Annotation<EntityData>
  gender: 'm' | 'f' | null
  /** Subject of a verb (or the inverted subject of a speech verb). */
  subject: boolean
  /** Subject of the sentence's main clause rather than of an embedded one. */
  main: boolean
  /** Subject of a speech verb: the speaker of what is said. */
  speaker: boolean
  /** Inside quotation marks: the quoted speaker's words, not the narrator's. */
  quoted: boolean
  role?: RolePhrase
  pronoun?: string
}

export interface RolePhrase {
  /** The role noun, singular ("leader"). */
  noun: string
  roleClass: string
  definite: boolean
  /** Words before the role noun, after the determiner ("Russian", "Kremlin", "foreign"). */
  modifiers: Tok[]
  /** Owner of a possessive ("Ukraine’s president") or object of "of" ("the president of the UAE"). */
  owners: Span[]
  /** The phrase without its determiner ("Kremlin aide"). */
  description: string
}

const PRONOUNS: Record<string, 'm' | 'f' | null> = { he: 'm', him: 'm', she: 'f', her: 'f', they: null }

/** Grammatical role of the phrase [first, last] of a sentence. */
export function grammaticalRole(toks: readonly Tok[], first: number, last: number): Pick<Mention, 'subject' | 'main' | 'speaker'> {
  if (isPossessiveMark(toks[last + 1])) return { subject: false, main: false, speaker: false }
  if (isInvertedSubject(toks, first)) return { subject: true, main: true, speaker: true }
  const verb = verbAfter(toks, last)
  if (verb < 0) return { subject: false, main: false, speaker: false }
  const speaker = isSpeechForm(toks[verb]!.text) && subjectBefore(toks, verb)?.[1] === last
  return { subject: true, main: isMainClauseStart(toks, first), speaker }
}

/** "“…,” said Kremlin aide Yuri Ushakov", "…, says a Kremlin aide": a speech verb after a quote or clause, with no subject before it. */
export function isInvertedSubject(toks: readonly Tok[], first: number): boolean {
  const verb = first - 1
  if (!toks[verb] || !isSpeechForm(toks[verb]!.text)) return false
  const before = toks[verb - 1]
  if (isQuoteChar(before)) return true
  if (!isComma(before)) return false
  return isQuoteChar(toks[verb - 2]) || subjectBefore(toks, verb) === null
}

/** True when the phrase starting at `first` opens the sentence's main clause. */
function isMainClauseStart(toks: readonly Tok[], first: number): boolean {
  let j = first - 1
  while (j >= 0 && (toks[j]!.pos === 'CCONJ' || isQuoteChar(toks[j])) && j === 0) j--
  if (j < 0) return true
  if (toks[j]!.pos === 'CCONJ' && j === 0) return true
  if (isComma(toks[j])) {
    if (isQuoteChar(toks[j - 1])) return true // "“…,” Ushakov said"
    for (let k = 0; k < j; k++) if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return false
    return true // after an introductory phrase: "On Thursday, Zelensky …"
  }
  if (isQuoteChar(toks[j]) && isComma(toks[j - 1])) return true // "“…”, he said"
  return false
}

/** The token range of a character span within its sentence's tokens. */
export function tokenRange(toks: readonly Tok[], span: Span): [number, number] | null {
  let first = -1
  let last = -1
  for (const t of toks) {
    if (t.start >= span[0] && t.end <= span[1]) {
      if (first < 0) first = t.index
      last = t.index
    }
  }
  return first < 0 ? null : [first, last]
}

export function entityMentions(
  sentences: readonly Tok[][],
  entities: readonly Annotation<EntityData>[],
  sentenceOf: (position: number) => number,
  quoted: (position: number) => boolean,
): Mention[] {
  const out: Mention[] = []
  for (const entity of entities) {
    if (!['PERSON', 'ORG', 'GPE', 'NORP'].includes(entity.data.type)) continue
    const words = entity.data.name.split(/\s+/)
    for (const m of entity.data.mentions) {
      const sentence = sentenceOf(m.span[0])
      const toks = sentences[sentence] ?? []
      const range = tokenRange(toks, m.span)
      if (!range) continue
      let [first, last] = range
      let kind: CorefKind = 'name'
      let gender: 'm' | 'f' | null = null
      const before = toks[first - 1]
      const honorific = before ? HONORIFICS[before.lower] : undefined
      if (entity.data.type === 'PERSON' && honorific !== undefined) {
        kind = 'honorific'
        gender = honorific
        first--
      } else if (entity.data.type === 'PERSON' && words.length > 1 && first === last && toks[first]!.text === words[words.length - 1]) {
        kind = 'surname'
      }
      const span: Span = [toks[first]!.start, toks[last]!.end]
      // the grammatical role is the whole noun phrase's: "Kremlin aide Ushakov said"
      let npFirst = first
      while (npFirst > 0 && (toks[npFirst - 1]!.pos === 'PROPN' || toks[npFirst - 1]!.pos === 'NOUN' || toks[npFirst - 1]!.pos === 'ADJ' || isDeterminer(toks[npFirst - 1]))) npFirst--
      out.push({ span, kind, sentence, first, last, entity, gender, ...grammaticalRole(toks, npFirst, last), quoted: quoted(span[0]) })
    }
  }
  return out
}

/** Role phrases: a determiner or possessive, modifiers, a singular role noun, optionally "of" and a name. */
export function rolePhrases(text: string, sentences: readonly Tok[][], quoted: (position: number) => boolean): Mention[] {
  const out: Mention[] = []
  sentences.forEach((toks, sentence) => {
    for (const head of toks) {
      const role = roleNoun(head.text)
      if (!role || role.plural || head.pos === 'VERB') continue
      // "President Vladimir Putin": a title before a name is a descriptor, not a mention of its own
      const next = toks[head.index + 1]
      if (next && (next.pos === 'PROPN' || /^\p{Lu}/u.test(next.text)) && !isPossessiveMark(next) && !isQuoteChar(next) && next.pos !== 'PUNCT') continue
      if (next && (next.pos === 'NOUN' && roleNoun(next.text))) continue // "minister" of "minister spokesman"
      let first = head.index
      const modifiers: Tok[] = []
      const owners: Span[] = []
      let definite = false
      let opened = false
      while (first > 0) {
        const prev = toks[first - 1]!
        if (isDeterminer(prev)) {
          definite = !/^(?:a|an|one|another|some)$/.test(prev.lower)
          first--
          opened = true
          break
        }
        if (isPossessiveMark(prev)) {
          // "Ukraine’s president", "Trump’s envoy": the owner opens the phrase
          let o = first - 2
          const ownerEnd = o
          while (o > 0 && isNounHead(toks[o - 1]) && toks[o - 1]!.pos === 'PROPN') o--
          if (o < 0 || !isNounHead(toks[ownerEnd])) break
          owners.push([toks[o]!.start, toks[ownerEnd]!.end])
          modifiers.unshift(...toks.slice(o, ownerEnd + 1))
          first = o
          definite = true
          opened = true
          break
        }
        if (prev.pos === 'ADJ' || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.text === '-') {
          modifiers.unshift(prev)
          first--
          continue
        }
        break
      }
      if (!opened) continue
      let last = head.index
      // "the president of the United Arab Emirates"
      if (toks[last + 1]?.lower === 'of') {
        let j = last + 2
        if (toks[j] && /^(?:the)$/.test(toks[j]!.lower)) j++
        let k = j
        while (toks[k] && toks[k]!.pos === 'PROPN') k++
        if (k > j) {
          owners.push([toks[j]!.start, toks[k - 1]!.end])
          last = k - 1
        }
      }
      const cls = roleClass(role.noun, modifiers[modifiers.length - 1]?.text)
      if (!cls) continue
      const span: Span = [toks[first]!.start, toks[last]!.end]
      const description = text.slice(modifiers[0]?.start ?? head.start, toks[last]!.end)
      out.push({
        span,
        kind: 'role',
        sentence,
        first,
        last,
        gender: roleGender(role.noun),
        ...grammaticalRole(toks, first, last),
        quoted: quoted(span[0]),
        role: { noun: role.noun, roleClass: cls, definite, modifiers, owners, description },
      })
    }
  })
  return out
}

export function pronouns(sentences: readonly Tok[][], quoted: (position: number) => boolean): Mention[] {
  const out: Mention[] = []
  sentences.forEach((toks, sentence) => {
    for (const t of toks) {
      if (!(t.lower in PRONOUNS) || t.pos === 'DET') continue
      // "her" before a noun is a possessive
      if (t.lower === 'her' && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(toks[t.index + 1]?.pos ?? '')) continue
      if (quoted(t.start)) continue
      out.push({
        span: [t.start, t.end],
        kind: 'pronoun',
        sentence,
        first: t.index,
        last: t.index,
        gender: PRONOUNS[t.lower]!,
        ...grammaticalRole(toks, t.index, t.index),
        quoted: false,
        pronoun: t.lower,
      })
    }
  })
  return out
}
