// Role descriptors of a named entity, found next to a mention: a title phrase before the name
// ("Kremlin aide Yuri Ushakov", "former British Defence Secretary Sir Ben Wallace"), an apposition
// after it ("Ajit Doval, India's national security adviser,") or before it ("Trump's envoy, Steve
// Witkoff,"), and an organisation's kind ("Interfax news agency").
import type { Span } from '../../core/span.js'

export interface TokenView {
  start: number
  end: number
  text: string
  /** Universal POS tag when known: lowercase nouns may then extend a title phrase ("port authority chief"). */
  pos?: string
}

// Nouns that name a role; the word of a descriptor that stands next to the name must be one of them.
const ROLE_NOUNS = new Set(
  `aide adviser advisor ally ambassador analyst anchor archbishop attorney author blogger boss candidate captain
  ceo cfo chair chairman chairwoman champion chancellor chief coach columnist commander commentator commissioner
  congressman congresswoman correspondent councillor councilor counsel critic dean delegate deputy diplomat director
  economist editor emir envoy executive expert founder general governor head historian inspector investor journalist
  judge justice king lawmaker lawyer leader lieutenant manager marshal mayor minister monarch mp negotiator officer
  official operator organiser organizer owner pastor player politician pope premier president presenter priest
  prince princess professor prosecutor queen rabbi regulator reporter representative researcher ruler scientist
  secretary senator sergeant sheikh singer skipper speaker spokesman spokesperson spokeswoman strategist striker
  sultan superintendent supporter trader treasurer trustee veteran writer`.split(/\s+/),
)

// Lowercase words that may modify a role noun inside a title phrase ("former", "special", "national security").
const MODIFIERS = new Set(
  `acting assistant associate chief defence defense deputy economic executive finance first foreign former general
  health home interior junior justice lead leading military national opposition outgoing political presidential
  prime principal prominent regional security senior shadow special state top trade vice war veteran chief then
  interim longtime long-time federal local party press news senior`.split(/\s+/),
)

const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet as at by for from in into of on onto to with without about after before between
  during since than that this these those who whom whose which while when where said says told say tells according
  also has have had was were is are be been being will would could should may might must can not no`.split(/\s+/),
)

const ORG_KINDS = /^(?:news agency|agency|newspaper|broadcaster|daily|tabloid|magazine|website|news site|channel|radio|television|network)\b/

const MAX_DESCRIPTOR_TOKENS = 7

const clean = (word: string) => word.replace(/[’']s$/, '').toLowerCase()
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)
const isPossessive = (word: string) => word === '’s' || word === "'s" || word === '’' || word === "'"

function isRole(word: string): boolean {
  return ROLE_NOUNS.has(clean(word)) || ROLE_NOUNS.has(clean(word).replace(/s$/, ''))
}

/** Walks left from `end` (exclusive token index) over a title phrase; returns its first token index or -1. */
function titlePhraseStart(tokens: readonly TokenView[], end: number): number {
  const last = tokens[end - 1]
  if (!last || !isRole(last.text)) return -1
  let start = end - 1
  while (start > 0 && end - (start - 1) <= MAX_DESCRIPTOR_TOKENS) {
    const previous = tokens[start - 1]!
    const word = previous.text
    const lower = word.toLowerCase()
    // tokens must touch or be separated by spaces only
    if (isPossessive(word)) {
      const owner = tokens[start - 2]
      if (!owner || !(isCapitalised(owner.text) || owner.pos === 'NOUN') || FUNCTION_WORDS.has(owner.text.toLowerCase())) break
      start -= 2
      continue
    }
    if (FUNCTION_WORDS.has(lower)) break
    if (isCapitalised(word) && /^[\p{L}][\p{L}\p{N}.'’-]*$/u.test(word)) {
      start -= 1
      continue
    }
    if (MODIFIERS.has(lower) || isRole(word) || previous.pos === 'NOUN' || previous.pos === 'ADJ') {
      start -= 1
      continue
    }
    break
  }
  return start
}

/** True when only spaces separate consecutive tokens of [from, to). */
function contiguous(text: string, tokens: readonly TokenView[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (/[^\s]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false
  return true
}

export interface Descriptor {
  span: Span
  text: string
}

/**
 * Descriptors around a mention covering tokens [first, last] of a sentence's tokens. Honorifics such
 * as Sir or Mr directly before the name are skipped: they are forms of address, not roles.
 */
export function findDescriptors(
  text: string,
  tokens: readonly TokenView[],
  first: number,
  last: number,
  type: string,
): Descriptor[] {
  const out: Descriptor[] = []
  const make = (from: number, to: number): Descriptor => {
    const span: Span = [tokens[from]!.start, tokens[to - 1]!.end]
    return { span, text: text.slice(span[0], span[1]) }
  }
  if (type === 'PERSON') {
    let nameStart = first
    while (nameStart > 0 && /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/.test(tokens[nameStart - 1]!.text)) nameStart--
    // before the name: "Kremlin aide Yuri Ushakov"
    const start = titlePhraseStart(tokens, nameStart)
    if (start >= 0 && start < nameStart && contiguous(text, tokens, start, nameStart + 1)) out.push(make(start, nameStart))
    // apposition before: "Trump's envoy, Steve Witkoff,"
    if (start < 0 && nameStart >= 2 && tokens[nameStart - 1]!.text === ',') {
      const appositionStart = titlePhraseStart(tokens, nameStart - 1)
      if (appositionStart >= 0 && appositionStart < nameStart - 1) out.push(make(appositionStart, nameStart - 1))
    }
    // apposition after: "Ajit Doval, India's national security adviser,"
    if (tokens[last + 1]?.text === ',') {
      let end = last + 2
      while (end < tokens.length && end - (last + 2) < MAX_DESCRIPTOR_TOKENS && !/^[,.;:!?()“”"]$/.test(tokens[end]!.text)) end++
      const closes = end >= tokens.length || /^[,.;:]$/.test(tokens[end]!.text)
      if (closes && end > last + 2 && isRole(tokens[end - 1]!.text)) {
        let from = last + 2
        if (/^(?:the|a|an)$/i.test(tokens[from]!.text)) from++
        if (from < end && titlePhraseStart(tokens, end) <= from) out.push(make(from, end))
      }
    }
  } else if (type === 'ORG') {
    // "Interfax news agency"
    const after = text.slice(tokens[last]!.end, tokens[last]!.end + 24).trimStart()
    const kind = ORG_KINDS.exec(after)
    if (kind && /^\s/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 1))) {
      const start = text.indexOf(kind[0], tokens[last]!.end)
      out.push({ span: [start, start + kind[0].length], text: kind[0] })
    }
  }
  return out
}
