// Maps the model's CoNLL types to parallax's entity types, splitting LOC into GPE/LOC and MISC into NORP/MISC by the gazetteers.

import { inGazetteer } from './gazetteers/gazetteer-index.js'

export type ParallaxEntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC'

/**
 * `name` is the entity's surface text. A LOC is a GPE when it is a country, city or
 * self-governing region in the lists; a MISC is a NORP when it is a nationality or a
 * religious or political group. Anything unknown becomes MISC.
 */
export function toParallaxType(conllType: string, name: string): ParallaxEntityType {
  switch (conllType) {
    case 'PER':
      return 'PERSON'
    case 'ORG':
      return 'ORG'
    case 'LOC':
      return inGazetteer(name, ['country', 'city', 'region']) ? 'GPE' : 'LOC'
    case 'MISC':
      return inGazetteer(name, ['nationality', 'group']) ? 'NORP' : 'MISC'
    default:
      return 'MISC'
  }
}

/** The CoNLL type a parallax type is scored as: GPE and LOC are both LOC, NORP and MISC both MISC. */
export function toConllType(type: ParallaxEntityType): 'PER' | 'ORG' | 'LOC' | 'MISC' {
  switch (type) {
    case 'PERSON':
      return 'PER'
    case 'ORG':
      return 'ORG'
    case 'GPE':
    case 'LOC':
      return 'LOC'
    case 'NORP':
    case 'MISC':
      return 'MISC'
  }
}
