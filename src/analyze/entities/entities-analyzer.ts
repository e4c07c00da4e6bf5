// The `entities` layer: mentions found by the trained recognizer, grouped into the article's entities
// (full name ↔ surname ↔ honorific form), each with its type, canonical name and role descriptors.
import type { Annotation } from '../../core/annotation.js'
import { makeAnnotation } from '../../core/annotation.js'
import { contentId } from '../../core/hash.js'
import type { Span } from '../../core/span.js'
import { defineAnalyzer } from '../analyzer.js'
import type { TokenData } from '../tokens/tokens-analyzer.js'
import { findDescriptors, type Descriptor, type TokenView } from './descriptors.js'
import { inGazetteer } from './gazetteers/gazetteer-index.js'
import { loadNerModel, tagTokens, toParallaxType, type NerModel, type ParallaxEntityType } from './index.js'

export interface MentionRecord {
  span: Span
  text: string
}

export interface EntityData {
  name: string
  type: ParallaxEntityType
  descriptors: Descriptor[]
  mentions: MentionRecord[]
}

declare module '../../core/layers.js' {
  interface LayerMap {
    entities: Annotation<EntityData>[]
  }
}

export interface EntitiesOptions {
  /** A loaded model; by default the committed one, loaded once on first use. */
  model?: NerModel
}

const HONORIFICS = /^(?:Mr|Mrs|Ms|Mx|Dr|Sir|Dame|Lord|Lady|Prof|President|Chancellor|Premier|Senator|Governor|Mayor|Minister|Judge|General|Gen|Pope|King|Queen|Prince|Princess|Sheikh)\.?$/

// Sentence-initial capitalised function words the tagger sometimes pulls into a name ("Under Trump").
const LEADING_NOISE = /^(?:Under|Both|But|And|Or|As|At|By|For|From|In|On|To|With|After|Before|Since|While|When|If|Then|So|Also|Even|Only|Like|Unlike|Meanwhile|However|Yet)$/

// Institutions named after their seat: news metonymy makes them organisations, not places.
const INSTITUTION_SEATS = new Set(['kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'élysée palace', 'quai d\'orsay', 'blue house', 'zhongnanhai', 'bundeskanzleramt', 'holyrood', 'stormont'])

// Abbreviated country names and their canonical full names.
const PLACE_ALIASES: Record<string, string> = {
  us: 'United States', 'u.s.': 'United States', usa: 'United States', 'u.s.a.': 'United States',
  uk: 'United Kingdom', 'u.k.': 'United Kingdom', uae: 'United Arab Emirates', 'u.a.e.': 'United Arab Emirates',
  drc: 'Democratic Republic of the Congo', prc: 'China', 'ussr': 'Soviet Union',
}

let defaultModel: NerModel | undefined

/** The model sees CoNLL-style ASCII quotes: curly apostrophes and quotes are straightened for it only. */
const forTagger = (word: string) => word.replace(/[’‘]/g, "'").replace(/[“”]/g, '"')
const normaliseName = (name: string) => name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()

interface RawMention {
  tokens: TokenView[]
  sentenceTokens: TokenView[]
  first: number
  last: number
  type: ParallaxEntityType
}

export function findEntities(text: string, tokenLayer: readonly Annotation<TokenData>[], model: NerModel): Annotation<EntityData>[] {
  const bySentence: TokenView[][] = []
  for (const token of tokenLayer) {
    ;(bySentence[token.data.sentence] ??= []).push({ start: token.start, end: token.end, text: text.slice(token.start, token.end), pos: token.data.pos })
  }
  const sentences = bySentence.filter(Boolean)
  const tags = tagTokens(model, sentences.map((s) => s.map((t) => forTagger(t.text))))

  const raw: RawMention[] = []
  sentences.forEach((tokens, s) => {
    const sentenceTags = tags[s] ?? []
    let open: { first: number; type: string } | null = null
    const close = (end: number) => {
      if (!open) return
      let first = open.first
      // "Sir Ben Wallace", "Mr Zelensky": the form of address is not part of the name
      while (first < end - 1 && (HONORIFICS.test(tokens[first]!.text) || LEADING_NOISE.test(tokens[first]!.text))) first++
      if (LEADING_NOISE.test(tokens[first]!.text)) {
        open = null
        return
      }
      const span = tokens.slice(first, end)
      const surface = text.slice(span[0]!.start, span[span.length - 1]!.end)
      raw.push({ tokens: span, sentenceTokens: tokens, first, last: end - 1, type: retype(open.type, surface) })
      open = null
    }
    sentenceTags.forEach((tag, i) => {
      const [prefix, type] = tag.split('-') as [string, string | undefined]
      if (prefix === 'B' || (prefix === 'I' && (!open || open.type !== type))) {
        close(i)
        open = { first: i, type: type! }
      } else if (prefix === 'O') close(i)
    })
    close(tokens.length)
  })
  return groupMentions(text, raw)
}

/** The tagger's CoNLL type, refined: seats of government are organisations. */
function retype(conllType: string, surface: string): ParallaxEntityType {
  if (INSTITUTION_SEATS.has(normaliseName(surface).toLowerCase().replace(/^the /, ''))) return 'ORG'
  return toParallaxType(conllType, surface)
}

interface Group {
  key: string
  type: ParallaxEntityType
  names: string[]
  mentions: RawMention[]
}

function groupMentions(text: string, raw: RawMention[]): Annotation<EntityData>[] {
  const groups: Group[] = []
  const surfaceOf = (m: RawMention) => normaliseName(text.slice(m.tokens[0]!.start, m.tokens[m.tokens.length - 1]!.end))
  const persons = () => groups.filter((g) => g.type === 'PERSON' && g.names.some((n) => n.includes(' ')))
  const lastWord = (name: string) => name.split(' ').pop()!.toLowerCase()
  const firstWord = (name: string) => name.split(' ')[0]!.toLowerCase()

  // full names first, so that a surname met before its full name still finds it
  const ordered = [...raw].sort((a, b) => Number(b.type === 'PERSON' && b.tokens.length > 1) - Number(a.type === 'PERSON' && a.tokens.length > 1))
  for (const mention of ordered) {
    const surface = surfaceOf(mention)
    const lower = surface.toLowerCase().replace(/^the /, '')
    const key = mention.type === 'GPE' || mention.type === 'LOC' ? (PLACE_ALIASES[lower]?.toLowerCase() ?? lower) : lower
    let group: Group | undefined
    if (mention.tokens.length === 1) {
      // a single word that is the surname (or, after Sir/Dame, the first name) of one person in the article
      const word = key
      const addressed = /^(?:Sir|Dame)$/.test(mention.sentenceTokens[mention.first - 1]?.text ?? '')
      const matches = persons().filter((g) => g.names.some((n) => lastWord(n) === word || (addressed && firstWord(n) === word)))
      if (matches.length === 1 && (mention.type === 'PERSON' || mention.type === 'ORG' || mention.type === 'MISC')) group = matches[0]
    }
    group ??= groups.find((g) => g.key === key && (g.type === mention.type || sameFamily(g.type, mention.type)))
    if (!group) {
      group = { key, type: mention.type, names: [], mentions: [] }
      groups.push(group)
    }
    group.names.push(surface)
    group.mentions.push(mention)
  }

  return groups
    .map((group) => {
      const mentions = [...group.mentions].sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start)
      const longest = [...group.names].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0]!
      // a lone word tagged as a person that is a known place and never part of a full name ("relations with Washington")
      const type: ParallaxEntityType =
        group.type === 'PERSON' && !longest.includes(' ') && inGazetteer(longest, ['country', 'city', 'region']) ? 'GPE' : group.type
      const name = (type === 'GPE' || type === 'LOC' ? PLACE_ALIASES[longest.toLowerCase()] : undefined) ?? longest
      const descriptors: Descriptor[] = []
      for (const m of mentions) {
        for (const d of findDescriptors(text, m.sentenceTokens, m.first, m.last, type)) {
          if (!descriptors.some((x) => x.text.toLowerCase() === d.text.toLowerCase())) descriptors.push(d)
        }
      }
      const records = mentions.map((m) => {
        const span: Span = [m.tokens[0]!.start, m.tokens[m.tokens.length - 1]!.end]
        return { span, text: text.slice(span[0], span[1]) }
      })
      const annotation = makeAnnotation('entities', 'entities@1', records[0]!.span[0], records[0]!.span[1], { name, type, descriptors, mentions: records })
      annotation.id = `entity:${contentId(`${type}\u0000${name.toLowerCase()}`)}`
      return annotation
    })
    .sort((a, b) => a.start - b.start)
}

/** GPE and LOC, NORP and MISC are one family: a name tagged both ways is one entity. */
function sameFamily(a: ParallaxEntityType, b: ParallaxEntityType): boolean {
  const family = (t: ParallaxEntityType) => (t === 'GPE' || t === 'LOC' ? 'place' : t === 'NORP' || t === 'MISC' ? 'misc' : t)
  return family(a) === family(b)
}

export const entities = (options: EntitiesOptions = {}) =>
  defineAnalyzer({
    name: 'entities',
    version: '1',
    requires: ['sentences', 'tokens'],
    assigns: ['entities'],
    analyze: (doc) => {
      const model = options.model ?? (defaultModel ??= loadNerModel())
      return { entities: findEntities(doc.article.text, doc.layers.tokens ?? [], model) }
    },
  })
