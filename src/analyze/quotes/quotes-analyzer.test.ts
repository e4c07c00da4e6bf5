import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { docWithEntities, type EntitySpec } from '../../../test/support/make-layers.js'
import { coref } from '../coref/coref-analyzer.js'
import { createPipeline } from '../pipeline.js'
import { quotes } from './quotes-analyzer.js'

/** Runs coref and quotes over an invented article with a hand-made entities layer. */
function quotesOf(text: string, specs: EntitySpec[] = []) {
  let doc = docWithEntities(text, specs)
  doc = { ...doc, layers: { ...doc.layers, ...coref().analyze(doc) } }
  const layer = quotes().analyze(doc).quotes
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.data.name]))
  return layer.map((q) => ({
    kind: q.data.kind,
    text: text.slice(q.start, q.end),
    speaker: q.data.speaker?.name ?? null,
    entity: q.data.speaker?.entity ? names.get(q.data.speaker.entity)! : null,
    speakerText: q.data.speaker ? text.slice(q.data.speaker.span[0], q.data.speaker.span[1]) : null,
    cue: q.data.cue?.text ?? null,
    via: q.data.via?.name ?? null,
    parts: q.data.parts?.map(([s, e]) => text.slice(s, e)),
    rule: q.ruleId,
    start: q.start,
    end: q.end,
  }))
}

const OKAFOR: EntitySpec = { name: 'Chidi Okafor', type: 'PERSON', forms: ['Okafor'], descriptors: ['Harbour Union leader'] }
const UNION: EntitySpec = { name: 'Harbour Union', type: 'ORG' }

describe('quotes: direct', () => {
  it('attributes a direct quote to the speaker in the cue after it', () => {
    const [q] = quotesOf('“We will stay out until the plan is dropped,” Okafor said.', [OKAFOR])
    assert.deepEqual([q!.kind, q!.text, q!.entity, q!.cue], ['direct', 'We will stay out until the plan is dropped,', 'Chidi Okafor', 'said'])
  })

  it('reads an inverted cue and resolves a role phrase through the descriptor', () => {
    const text = 'Harbour Union leader Chidi Okafor called the strike on Monday.\n“Nobody asked the crane drivers,” said the union leader.'
    const [, q] = [null, ...quotesOf(text, [OKAFOR, UNION])]
    assert.equal(q!.entity, 'Chidi Okafor')
    assert.equal(q!.speakerText, 'the union leader')
    assert.equal(q!.rule, 'direct-inverted')
  })

  it('reads a cue before the quote, with a colon, and keeps the channel in the cue', () => {
    const [q] = quotesOf('On Monday, Okafor spoke to the crowd and posted on X: “The port belongs to those who work it.”', [OKAFOR])
    assert.deepEqual([q!.text, q!.entity, q!.cue], ['The port belongs to those who work it.', 'Chidi Okafor', 'posted on X'])
  })

  it('finds quotes in every quote style', () => {
    const text = '"We are ready to talk," Okafor said. ‘The offer is an insult,’ Okafor said. «Nothing has changed», Okafor said.'
    assert.deepEqual(quotesOf(text, [OKAFOR]).map((q) => q.text), ['We are ready to talk,', 'The offer is an insult,', 'Nothing has changed'])
  })

  it('keeps a quote of several sentences whole', () => {
    const [q] = quotesOf('“The cranes stand still. The ships wait. Nobody wins,” Okafor said.', [OKAFOR])
    assert.equal(q!.text, 'The cranes stand still. The ships wait. Nobody wins,')
  })

  it('attributes a split quote to the speaker between its halves, as one quote', () => {
    const quotes = quotesOf('“We will not,” she said, “accept this offer.”', [])
    assert.equal(quotes.length, 1)
    assert.deepEqual(quotes[0]!.parts, ['We will not,', 'accept this offer.'])
    assert.equal(quotes[0]!.text, 'We will not,” she said, “accept this offer.')
  })

  it('gives a paragraph that opens with a quote mark and has no cue to the previous speaker', () => {
    const text = '“The talks failed,” Okafor said.\n“We go back to the picket line tomorrow.”'
    const found = quotesOf(text, [OKAFOR])
    assert.deepEqual(found.map((q) => [q.text, q.entity, q.rule]), [
      ['The talks failed,', 'Chidi Okafor', 'direct-after'],
      ['We go back to the picket line tomorrow.', 'Chidi Okafor', 'direct-continuation'],
    ])
  })

  it('takes a short quoted subhead for no quote', () => {
    const text = '“The talks failed,” Okafor said.\n‘Cranes and spreadsheets’\nThe port reopened on Friday.'
    assert.deepEqual(quotesOf(text, [OKAFOR]).map((q) => q.text), ['The talks failed,'])
  })

  it('takes scare quotes without a cue for no quote', () => {
    assert.deepEqual(quotesOf('The so-called “modern port” opened in May.', []), [])
  })

  it('records the intermediary of a relayed quote', () => {
    const text = '“The port will not close,” Okafor said.\n“We have enough members to hold out,” the Coast Ledger newspaper quoted him as saying.'
    const found = quotesOf(text, [OKAFOR, { name: 'Coast Ledger', type: 'ORG' }])
    assert.deepEqual([found[1]!.entity, found[1]!.via, found[1]!.cue], ['Chidi Okafor', 'Coast Ledger', 'quoted him as saying'])
  })

  it('reads a cue after the quote that names an audience: “…,” X told reporters', () => {
    const [q] = quotesOf('“We are not moving,” Okafor told reporters outside the gate.', [OKAFOR])
    assert.deepEqual([q!.entity, q!.cue], ['Chidi Okafor', 'told'])
  })

  it('keeps "in a statement" and "in his nightly address" in the cue', () => {
    const found = quotesOf('“We regret the delay,” the Harbour Union said in a statement. “The port is open,” Okafor said in his nightly address.', [OKAFOR, UNION])
    assert.deepEqual(found.map((q) => [q.cue, q.speaker]), [['said in a statement', 'Harbour Union'], ['said in his nightly address', 'Chidi Okafor']])
  })

  it('reads a speaker label in a transcript', () => {
    const [q] = quotesOf('OKAFOR: We have waited long enough for this offer.', [{ name: 'Chidi Okafor', type: 'PERSON', forms: ['OKAFOR'] }])
    assert.deepEqual([q!.kind, q!.text, q!.entity, q!.rule], ['direct', 'We have waited long enough for this offer.', 'Chidi Okafor', 'label-transcript'])
  })
})

describe('quotes: indirect and mixed', () => {
  it('reads "X said (that) …" and "X stressed that …"', () => {
    const found = quotesOf('Okafor said the strike would go on. He stressed that no deal had been offered.', [OKAFOR])
    assert.deepEqual(found.map((q) => [q.kind, q.text, q.entity]), [
      ['indirect', 'the strike would go on', 'Chidi Okafor'],
      ['indirect', 'no deal had been offered', 'Chidi Okafor'],
    ])
  })

  it('reads a report before its cue: "…, X said on Monday"', () => {
    const [q] = quotesOf('The port will stay closed until Friday, Okafor said on Monday, in a blow to shipping lines.', [OKAFOR])
    assert.deepEqual([q!.text, q!.entity, q!.rule], ['The port will stay closed until Friday', 'Chidi Okafor', 'indirect-before-cue'])
  })

  it('reads "X argued …" across a coordinated verb', () => {
    const [q] = quotesOf('Okafor was unmoved by the offer and argued the union had already compromised.', [OKAFOR])
    assert.deepEqual([q!.text, q!.entity], ['the union had already compromised', 'Chidi Okafor'])
  })

  it('calls a report with quoted fragments mixed', () => {
    const [q] = quotesOf('Okafor said the plan was “reckless” and would cost jobs.', [OKAFOR])
    assert.deepEqual([q!.kind, q!.text], ['mixed', 'the plan was “reckless” and would cost jobs'])
  })

  it('takes only the quoted words after "called" or "described … as"', () => {
    const found = quotesOf('Okafor called the offer “an insult.” The union described the plan as “a gift to shareholders”.', [OKAFOR, { name: 'union', type: 'ORG' }])
    assert.deepEqual(found.map((q) => [q.kind, q.text]), [['mixed', '“an insult.”'], ['mixed', '“a gift to shareholders”']])
  })

  it('reads "according to X"', () => {
    const [q] = quotesOf('Thirty ships were waiting at anchor, according to the Harbour Union.', [UNION])
    assert.deepEqual([q!.text, q!.speaker, q!.cue], ['Thirty ships were waiting at anchor', 'Harbour Union', 'according to'])
  })

  it('makes the reporting outlet the intermediary: "The Ledger reported that X told …"', () => {
    const [q] = quotesOf('The Coast Ledger reported that Okafor told members on Sunday that the strike would end soon.', [OKAFOR, { name: 'Coast Ledger', type: 'ORG' }])
    assert.deepEqual([q!.text, q!.entity, q!.via, q!.cue], ['the strike would end soon', 'Chidi Okafor', 'Coast Ledger', 'told'])
  })

  it('reads "X quoted Y as saying that …"', () => {
    const [q] = quotesOf('The Coast Ledger quoted Okafor as saying that members were tired.', [OKAFOR, { name: 'Coast Ledger', type: 'ORG' }])
    assert.deepEqual([q!.text, q!.entity, q!.via], ['members were tired', 'Chidi Okafor', 'Coast Ledger'])
  })

  it('keeps an unnamed speaker as its description', () => {
    const [q] = quotesOf('A port official said the cranes would be tested in May.', [])
    assert.deepEqual([q!.speaker, q!.entity], ['port official', null])
  })

  it('keeps the organisation of a speaker known only by it', () => {
    const found = quotesOf('Harbour Union officials said talks would resume.', [UNION])
    assert.equal(found[0]!.speaker, 'Harbour Union officials')
  })

  it('resolves a pronoun speaker through coreference', () => {
    const found = quotesOf('Okafor left the meeting early. She said the offer had not changed.', [OKAFOR])
    assert.equal(found[0]!.entity, 'Chidi Okafor')
    assert.equal(found[0]!.speakerText, 'She')
  })

  it('ends the content before the reporter’s own context: ", as …"', () => {
    const [q] = quotesOf('Okafor said talks could resume next week, as ships queued outside the port.', [OKAFOR])
    assert.equal(q!.text, 'talks could resume next week')
  })

  it('reads a report around its cue when the sentence opens with a subordinate clause', () => {
    const [q] = quotesOf('Unless the port reopens soon, ship owners say, their vessels will move to other harbours.', [])
    assert.deepEqual(q!.parts?.length, 2)
    assert.equal(q!.speaker, 'ship owners')
  })

  it('finds no report in "Having said that, …"', () => {
    assert.deepEqual(quotesOf('Having said that, the port reopened on Friday.', []), [])
  })

  it('finds no report in a verb with a noun object: "announced a new plan"', () => {
    assert.deepEqual(quotesOf('Okafor announced a new plan on Monday.', [OKAFOR]), [])
  })
})

describe('quotes: the layer', () => {
  it('keeps every span inside the text, its slice the content, around curly quotes, dashes and emoji', () => {
    const text = 'The strike — now in its third day 😀 — goes on.\n“It’s our port,” Okafor said — and left.'
    const doc = docWithEntities(text, [OKAFOR])
    const withCoref = { ...doc, layers: { ...doc.layers, ...coref().analyze(doc) } }
    const layer = quotes().analyze(withCoref).quotes
    assert.equal(layer.length, 1)
    for (const q of layer) {
      assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length)
      assert.equal(text.slice(q.start, q.end), q.data.text)
      for (const span of [q.data.speaker?.span, q.data.cue?.span].filter(Boolean)) assert.ok(span![0] >= 0 && span![1] <= text.length)
    }
    assert.equal(layer[0]!.data.text, 'It’s our port,')
  })

  it('requires the coref layer in a pipeline', () => {
    assert.throws(() => createPipeline([quotes()]), /quotes/)
  })
})
