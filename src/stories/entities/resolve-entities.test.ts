import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { resolveEntities, type ArticleEntity } from './resolve-entities.js'

const e = (articleId: string, name: string, type: string, mentions: string[], descriptors: string[] = []): ArticleEntity => ({
  articleId, name, type, mentions, descriptors,
})

describe('cross-article entity resolution', () => {
  it('gives the same person in two articles one id, name and the union of aliases and descriptors', () => {
    const [ruiz] = resolveEntities([
      e('a1', 'Ana Ruiz', 'PERSON', ['Ana Ruiz', 'Ruiz'], ['port authority chief']),
      e('a2', 'Ana Ruiz', 'PERSON', ['Ana Ruiz', 'Ms Ruiz'], ['Velnor port chief']),
    ])
    assert.equal(ruiz!.name, 'Ana Ruiz')
    assert.deepEqual(ruiz!.articles, ['a1', 'a2'])
    assert.deepEqual(ruiz!.descriptors, ['port authority chief', 'Velnor port chief'])
    assert.deepEqual(ruiz!.aliases, ['Ms Ruiz', 'Ruiz'])
  })

  it('joins a surname-only mention to the one full name it can mean', () => {
    const resolved = resolveEntities([e('a1', 'Dara Okafor', 'PERSON', ['Dara Okafor']), e('a2', 'Okafor', 'PERSON', ['Okafor'])])
    assert.equal(resolved.length, 1)
    assert.deepEqual(resolved[0]!.articles, ['a1', 'a2'])
  })

  it('leaves a surname shared by two full names unresolved', () => {
    const resolved = resolveEntities([
      e('a1', 'Dara Okafor', 'PERSON', ['Dara Okafor']),
      e('a2', 'Ben Okafor', 'PERSON', ['Ben Okafor']),
      e('a3', 'Okafor', 'PERSON', ['Okafor']),
    ])
    assert.equal(resolved.length, 3)
  })

  it('treats a place tagged GPE in one article and LOC in another as one entity', () => {
    const resolved = resolveEntities([e('a1', 'Aurel Valley', 'LOC', ['Aurel Valley']), e('a2', 'Aurel Valley', 'GPE', ['Aurel Valley', 'Aurel Valley'])])
    assert.equal(resolved.length, 1)
    assert.equal(resolved[0]!.type, 'GPE')
  })

  it('keeps a person and an organisation of the same name apart', () => {
    assert.equal(resolveEntities([e('a1', 'Marten', 'PERSON', ['Marten']), e('a2', 'Marten', 'ORG', ['Marten'])]).length, 2)
  })

  it('is deterministic whatever the input order', () => {
    const input = [e('a2', 'Ana Ruiz', 'PERSON', ['Ruiz']), e('a1', 'Ana Ruiz', 'PERSON', ['Ana Ruiz']), e('a1', 'Velnor', 'GPE', ['Velnor'])]
    assert.deepEqual(resolveEntities(input), resolveEntities([...input].reverse()))
  })
})
