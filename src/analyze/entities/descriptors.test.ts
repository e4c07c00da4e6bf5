import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tokenize } from '../tokens/tokens-analyzer.js'
import { findDescriptors } from './descriptors.js'

/** Descriptors of the name `name` (its first occurrence) in `text`. */
function descriptorsOf(text: string, name: string, type = 'PERSON'): string[] {
  const tokens = tokenize(text).map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end), pos: t.pos }))
  const at = text.indexOf(name)
  const first = tokens.findIndex((t) => t.start === at)
  const last = tokens.findIndex((t) => t.end === at + name.length)
  assert.ok(first >= 0 && last >= first, `the name ${name} is on token boundaries`)
  const found = findDescriptors(text, tokens, first, last, type)
  for (const d of found) assert.equal(text.slice(d.span[0], d.span[1]), d.text)
  return found.map((d) => d.text)
}

describe('role descriptors', () => {
  it('finds a title phrase before the name', () => {
    assert.deepEqual(descriptorsOf('The talks were led by port authority chief Ilse Marten on Monday.', 'Ilse Marten'), ['port authority chief'])
  })

  it('keeps nationality, modifiers and "former" in the phrase and stops at a verb', () => {
    assert.deepEqual(descriptorsOf('Critics included former Estravan Trade Secretary Sir Owen Pell, who spoke first.', 'Owen Pell'), ['former Estravan Trade Secretary'])
  })

  it('finds a possessive role phrase', () => {
    assert.deepEqual(descriptorsOf('Lunmark’s chief negotiator Dara Okafor left early.', 'Dara Okafor'), ['Lunmark’s chief negotiator'])
  })

  it('finds an apposition after the name', () => {
    assert.deepEqual(descriptorsOf('Dara Okafor, Lunmark’s chief negotiator, left early.', 'Dara Okafor'), ['Lunmark’s chief negotiator'])
  })

  it('finds an apposition before the name', () => {
    assert.deepEqual(descriptorsOf('The mayor’s spokeswoman, Ana Ruiz, declined to comment.', 'Ana Ruiz'), ['mayor’s spokeswoman'])
  })

  it('does not take a verb phrase or a plain noun for a role', () => {
    assert.deepEqual(descriptorsOf('Reporters asked Ana Ruiz about the strike.', 'Ana Ruiz'), [])
    assert.deepEqual(descriptorsOf('Ana Ruiz, who arrived late, said little.', 'Ana Ruiz'), [])
  })

  it('finds the kind of a news organisation', () => {
    assert.deepEqual(descriptorsOf('The Northwire news agency quoted her.', 'Northwire', 'ORG'), ['news agency'])
  })
})
