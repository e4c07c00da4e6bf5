// The immutable body text of an article; every layer indexes into it and nothing edits it.
import { contentId, sha256 } from './hash.js'

export interface SourceText {
  readonly id: string
  readonly text: string
  readonly sha256: string
}

export function makeSourceText(text: string): SourceText {
  return Object.freeze({ id: contentId(text), text, sha256: sha256(text) })
}
