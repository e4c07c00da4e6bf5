import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { CUE_CHANNEL, cueVerb, isSpeechForm } from './cue-lexicon.js'

describe('cue lexicon', () => {
  it('knows every form of a speech verb, irregular ones included', () => {
    for (const form of ['say', 'says', 'said', 'saying', 'told', 'wrote', 'written', 'tweeted', 'insisted']) assert.equal(cueVerb(form)?.cueClass, 'speech', form)
  })

  it('tells relays and namings from speech', () => {
    assert.equal(cueVerb('quoted')?.cueClass, 'relay')
    assert.equal(cueVerb('reported')?.cueClass, 'relay')
    assert.equal(cueVerb('described')?.cueClass, 'naming')
    assert.equal(cueVerb('called')?.cueClass, 'naming')
    assert.equal(cueVerb('walked'), undefined)
  })

  it('marks "told" as taking an addressee', () => {
    assert.equal(cueVerb('told')?.addressee, true)
    assert.equal(cueVerb('said')?.addressee, undefined)
  })

  it('treats "quoted" as able to introduce a quote on its own', () => {
    assert.ok(isSpeechForm('quoted'))
    assert.ok(!isSpeechForm('called'))
  })

  it('recognises a channel after a cue', () => {
    for (const channel of ['in a statement', 'on X', 'in his nightly address', 'on Truth Social', 'on his blog']) assert.ok(CUE_CHANNEL.test(channel), channel)
    assert.ok(!CUE_CHANNEL.test('on Monday'))
  })
})
