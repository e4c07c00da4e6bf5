// The entity recogniser's public API: load the model, tag a document's tokens, map types to parallax's.

export type { NerModel } from './ner-model.js'
export { loadNerModel } from './ner-model.js'
export { tagTokens } from './ner-tagger.js'
export { toParallaxType, type ParallaxEntityType } from './parallax-types.js'
