// Role nouns that name a person ("leader", "aide", "minister"), grouped into classes whose members may
// refer to the same person: "the Russian leader" can be a president, a prime minister or a chancellor.

// Each class lists its members; written by hand from news usage.
const CLASSES: Record<string, readonly string[]> = {
  leader: ['leader', 'president', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'emir', 'sultan', 'ruler', 'dictator', 'strongman', 'autocrat', 'taoiseach', 'prime-minister', 'head-of-state', 'ayatollah'],
  aide: ['aide', 'adviser', 'advisor', 'assistant', 'counsellor', 'counselor', 'confidant', 'lieutenant'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  minister: ['minister', 'secretary'],
  envoy: ['envoy', 'ambassador', 'emissary', 'negotiator', 'diplomat'],
  lawmaker: ['lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'mp', 'deputy', 'representative', 'parliamentarian'],
  military: ['general', 'commander', 'admiral', 'colonel', 'officer', 'chief-of-staff'],
  executive: ['executive', 'ceo', 'chief', 'boss', 'chairman', 'chairwoman', 'chair', 'director', 'head', 'founder', 'owner', 'manager'],
  legal: ['lawyer', 'attorney', 'counsel', 'prosecutor', 'judge', 'justice'],
  media: ['blogger', 'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'commentator', 'presenter', 'anchor', 'writer', 'author'],
  analyst: ['analyst', 'economist', 'strategist', 'expert', 'researcher', 'scientist', 'professor', 'academic'],
  candidate: ['candidate', 'nominee', 'challenger', 'contender', 'frontrunner'],
  local: ['mayor', 'governor', 'councillor', 'councilor'],
  clergy: ['pope', 'archbishop', 'bishop', 'cardinal', 'priest', 'pastor', 'rabbi', 'imam', 'cleric'],
  official: ['official', 'bureaucrat', 'commissioner', 'regulator', 'inspector', 'administrator'],
}

// Classes a generic noun may stand for: an "official" can be an aide, a minister, a spokesperson or an envoy.
const HYPERNYMS: Record<string, readonly string[]> = {
  official: ['aide', 'spokesperson', 'minister', 'envoy', 'military', 'local', 'lawmaker'],
  executive: ['leader'],
}

// Domain modifiers: "the foreign minister" is not "the finance minister".
export const DOMAINS = new Set(`foreign defence defense finance interior home health trade justice economy economic energy
  education security treasury environment agriculture transport labour labor culture intelligence military national`.split(/\s+/))

const CLASS_OF = new Map<string, string>()
for (const [name, members] of Object.entries(CLASSES)) for (const member of members) CLASS_OF.set(member, name)

const IRREGULAR_PLURALS: Record<string, string> = { spokesmen: 'spokesman', spokeswomen: 'spokeswoman', chairmen: 'chairman', congressmen: 'congressman' }

/** The singular form of a role noun and whether it was plural, or undefined when the word names no role. */
export function roleNoun(word: string): { noun: string; plural: boolean } | undefined {
  const lower = word.toLowerCase()
  if (CLASS_OF.has(lower)) return { noun: lower, plural: false }
  const irregular = IRREGULAR_PLURALS[lower]
  if (irregular) return { noun: irregular, plural: true }
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/e?s$/, '')
  if (lower.endsWith('s') && CLASS_OF.has(singular)) return { noun: singular, plural: true }
  if (lower.endsWith('s') && CLASS_OF.has(lower.slice(0, -1))) return { noun: lower.slice(0, -1), plural: true }
  return undefined
}

/** The class of a role, given its head noun and the word before it ("prime minister" is a leader). */
export function roleClass(noun: string, previous?: string): string | undefined {
  const prev = previous?.toLowerCase()
  if (noun === 'minister' && prev === 'prime') return 'leader'
  if (noun === 'secretary' && (prev === 'general' || prev === 'press')) return prev === 'general' ? 'executive' : 'spokesperson'
  if (noun === 'state' && prev === 'head') return 'leader'
  return CLASS_OF.get(noun)
}

/** True when two role classes may name the same person. */
export function rolesCompatible(a: string, b: string): boolean {
  return a === b || (HYPERNYMS[a]?.includes(b) ?? false) || (HYPERNYMS[b]?.includes(a) ?? false)
}

/** Honorifics before a name, with the gender they imply when they imply one. */
export const HONORIFICS: Record<string, 'm' | 'f' | null> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', mx: null, 'mx.': null, dr: null, 'dr.': null,
  sir: 'm', dame: 'f', lord: 'm', lady: 'f', prof: null, 'prof.': null, professor: null,
}

/** Gender a role noun implies ("spokeswoman"), if any. */
export function roleGender(noun: string): 'm' | 'f' | null {
  if (/(?:woman|ess|queen|princess)$/.test(noun) && noun !== 'congress') return 'f'
  if (/(?:man|king|prince)$/.test(noun) && !/(?:chairman)$/.test(noun)) return 'm'
  return null
}
