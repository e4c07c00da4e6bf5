import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { docWithEntities, type EntitySpec } from '../../../test/support/make-layers.js'
import { createPipeline } from '../pipeline.js'
import { coref } from './coref-analyzer.js'

/** Runs coref on an invented article and returns its records as [surface, kind, entity name | null, rule]. */
function chains(text: string, specs: EntitySpec[]) {
  const doc = docWithEntities(text, specs)
  const layer = coref().analyze(doc).coref
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.data.name]))
  return layer.map((c) => ({ text: text.slice(c.start, c.end), kind: c.data.kind, entity: c.data.entity ? names.get(c.data.entity)! : null, rule: c.data.rule, members: c.data.members?.map((m) => names.get(m)) }))
}

const find = (records: ReturnType<typeof chains>, surface: string, nth = 0) => records.filter((r) => r.text === surface)[nth]

describe('coref', () => {
  it('links a surname and an honorific form to the full name', () => {
    const records = chains('Chidi Okafor opened the new bridge on Monday.\nOkafor thanked the workers. Mr Okafor then left.', [
      { name: 'Chidi Okafor', type: 'PERSON', forms: ['Okafor'] },
    ])
    assert.deepEqual(records.map((r) => [r.text, r.kind, r.entity]), [
      ['Chidi Okafor', 'name', 'Chidi Okafor'],
      ['Okafor', 'surname', 'Chidi Okafor'],
      ['Mr Okafor', 'honorific', 'Chidi Okafor'],
    ])
  })

  it('links a "Sir" form with the first name to the full name', () => {
    const records = chains('Former minister Sir Owen Pryce criticised the plan.\nSir Owen said it would fail.', [
      { name: 'Owen Pryce', type: 'PERSON', forms: ['Owen'] },
    ])
    assert.deepEqual(find(records, 'Sir Owen'), { text: 'Sir Owen', kind: 'honorific', entity: 'Owen Pryce', rule: 'entity-honorific', members: undefined })
  })

  it('resolves a role phrase to the entity whose descriptor shares the role and the nationality', () => {
    const records = chains(
      'Brazilian President Lucia Ferraz met Chilean Foreign Minister Tomas Brandt in Lima.\nThe Brazilian leader praised the talks.',
      [
        { name: 'Lucia Ferraz', type: 'PERSON', descriptors: ['Brazilian President'] },
        { name: 'Tomas Brandt', type: 'PERSON', descriptors: ['Chilean Foreign Minister'] },
      ],
    )
    assert.equal(find(records, 'The Brazilian leader')?.entity, 'Lucia Ferraz')
    assert.equal(find(records, 'The Brazilian leader')?.rule, 'role-evidence')
  })

  it('treats a seat of government as its country: a Kremlin aide is a Russian official', () => {
    const records = chains('Kremlin aide Pavel Orlov spoke to reporters on Monday.\nThe Russian official said talks would go on.', [
      { name: 'Pavel Orlov', type: 'PERSON', descriptors: ['Kremlin aide'] },
      { name: 'Kremlin', type: 'ORG' },
    ])
    assert.equal(find(records, 'The Russian official')?.entity, 'Pavel Orlov')
  })

  it('prefers the most recently mentioned of several compatible entities', () => {
    const records = chains(
      'Former US President Dale Rourke endorsed US President Mia Castell on Monday.\nCastell visited Ohio. Rourke stayed home.\nThe US president spoke later.',
      [
        { name: 'Dale Rourke', type: 'PERSON', forms: ['Rourke'], descriptors: ['Former US President'] },
        { name: 'Mia Castell', type: 'PERSON', forms: ['Castell'], descriptors: ['US President'] },
      ],
    )
    assert.equal(find(records, 'The US president')?.entity, 'Dale Rourke')
  })

  it('leaves a role phrase unresolved when no entity is compatible', () => {
    const records = chains('German Chancellor Ilse Vogt met union leaders on Monday.\nThe French president criticised the meeting.', [
      { name: 'Ilse Vogt', type: 'PERSON', descriptors: ['German Chancellor'] },
    ])
    assert.deepEqual(find(records, 'The French president'), {
      text: 'The French president',
      kind: 'role',
      entity: null,
      rule: 'role-unresolved',
      members: undefined,
    })
  })

  it('keeps an indefinite role phrase after the lead as a new, unnamed person', () => {
    const records = chains('Kremlin aide Pavel Orlov spoke on Monday.\nA Kremlin aide later said the date was not fixed.', [
      { name: 'Pavel Orlov', type: 'PERSON', descriptors: ['Kremlin aide'] },
      { name: 'Kremlin', type: 'ORG' },
    ])
    assert.equal(find(records, 'A Kremlin aide')?.entity, null)
    assert.equal(find(records, 'A Kremlin aide')?.rule, 'role-indefinite')
  })

  it('resolves an indefinite role phrase in the lead to the person the article names later', () => {
    const records = chains('The summit will go ahead, says a Kremlin aide.\nKremlin aide Pavel Orlov said the date was fixed.', [
      { name: 'Pavel Orlov', type: 'PERSON', descriptors: ['Kremlin aide'] },
      { name: 'Kremlin', type: 'ORG' },
    ])
    assert.equal(find(records, 'a Kremlin aide')?.entity, 'Pavel Orlov')
    assert.equal(find(records, 'a Kremlin aide')?.rule, 'role-lead')
  })

  it('resolves a definite role phrase to the previous speaker when no descriptor says who holds the role', () => {
    const records = chains('Mia Castell told donors that the vote would be close.\n“We will win,” said the US president.', [
      { name: 'Mia Castell', type: 'PERSON' },
    ])
    assert.equal(find(records, 'the US president')?.entity, 'Mia Castell')
    assert.equal(find(records, 'the US president')?.rule, 'role-salient')
  })

  it('does not take the previous speaker for a role her descriptors contradict', () => {
    const records = chains('Chilean Foreign Minister Tomas Brandt told donors that the vote would be close.\n“We will win,” said the US president.', [
      { name: 'Tomas Brandt', type: 'PERSON', descriptors: ['Chilean Foreign Minister'] },
    ])
    assert.equal(find(records, 'the US president')?.entity, null)
  })

  it('resolves a pronoun that is the subject of a speech verb to the speaker of the previous quote', () => {
    const records = chains('“The river is rising,” Okafor said. “We need more boats,” she added.', [{ name: 'Okafor', type: 'PERSON' }])
    assert.equal(find(records, 'she')?.entity, 'Okafor')
    assert.equal(find(records, 'she')?.rule, 'pronoun-speaker')
  })

  it('resolves a sentence-initial pronoun to the subject of the previous sentence, not its object', () => {
    const records = chains('Lucia Ferraz spoke to Tomas Brandt on Monday.\nShe said the deal was close.', [
      { name: 'Lucia Ferraz', type: 'PERSON' },
      { name: 'Tomas Brandt', type: 'PERSON' },
    ])
    assert.equal(find(records, 'She')?.entity, 'Lucia Ferraz')
  })

  it('skips an antecedent whose honorific gives another gender', () => {
    const records = chains('Mrs Ferraz met Mr Brandt in Lima. He said the deal was close.', [
      { name: 'Lucia Ferraz', type: 'PERSON', forms: ['Ferraz'] },
      { name: 'Tomas Brandt', type: 'PERSON', forms: ['Brandt'] },
    ])
    assert.equal(find(records, 'He')?.entity, 'Tomas Brandt')
  })

  it('does not take a name inside a quote as the antecedent of the narrator’s pronoun', () => {
    const records = chains('“Nobody trusts Tomas Brandt,” Ferraz said. He added that talks would continue.', [
      { name: 'Lucia Ferraz', type: 'PERSON', forms: ['Ferraz'] },
      { name: 'Tomas Brandt', type: 'PERSON' },
    ])
    assert.equal(find(records, 'He')?.entity, 'Lucia Ferraz')
  })

  it('resolves "they" to an organisation that is the subject of the previous sentence', () => {
    const records = chains('The Harbour Union rejected the offer on Monday. They said the pay rise was too small.', [
      { name: 'Harbour Union', type: 'ORG' },
    ])
    assert.equal(find(records, 'They')?.entity, 'Harbour Union')
  })

  it('resolves "they" after coordinated subjects to the group', () => {
    const records = chains('Brazil and Chile signed the accord in Lima. They said trade would double.', [
      { name: 'Brazil', type: 'GPE' },
      { name: 'Chile', type: 'GPE' },
    ])
    assert.deepEqual(find(records, 'They')?.members, ['Brazil', 'Chile'])
  })

  it('leaves a pronoun with no person before it unresolved', () => {
    const records = chains('The bridge closed at noon. He said it would reopen.', [])
    assert.equal(find(records, 'He')?.entity, null)
    assert.equal(find(records, 'He')?.rule, 'pronoun-unresolved')
  })

  it('keeps every span inside the text, its slice the mention’s surface, even around curly quotes, dashes and emoji', () => {
    const text = 'Mayor Ana Ruiz — smiling 😀 — opened the market.\n“It’s ours,” she said. The mayor left.'
    const doc = docWithEntities(text, [{ name: 'Ana Ruiz', type: 'PERSON', descriptors: ['Mayor'] }])
    const layer = coref().analyze(doc).coref
    assert.ok(layer.length >= 2)
    for (const c of layer) assert.ok(c.start >= 0 && c.start <= c.end && c.end <= text.length)
    assert.deepEqual(layer.map((c) => text.slice(c.start, c.end)), ['Ana Ruiz', 'she', 'The mayor'])
    assert.equal(layer[2]!.data.entity, layer[0]!.data.entity)
  })

  it('requires the sentences, tokens and entities layers in a pipeline', () => {
    assert.throws(() => createPipeline([coref()]), /coref/)
  })
})

describe('coref of unnamed people', () => {
  it('keeps "the diplomat" after "a diplomat" as the same unnamed person, not a named official', () => {
    const records = chains('Trade official Julian Marlow opened the talks.\nA diplomat close to the talks said a deal was near. The diplomat said the gap was small.', [
      { name: 'Julian Marlow', type: 'PERSON', descriptors: ['Trade official'] },
    ])
    assert.equal(find(records, 'The diplomat')?.entity, null)
    assert.equal(find(records, 'The diplomat')?.rule, 'role-unnamed-again')
  })
})
