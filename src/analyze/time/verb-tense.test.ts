import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { governingDirection, tagWords } from './verb-tense.js'

/** The direction of the verb governing `target` in `sentence`. */
function direction(sentence: string, target: string): string {
  const at = sentence.indexOf(target)
  return governingDirection(tagWords(sentence, 0, sentence.length), at, at + target.length)
}

describe('governingDirection', () => {
  it('reads the simple past, the future and the present', () => {
    assert.equal(direction('The mayor resigned on Monday.', 'Monday'), 'past')
    assert.equal(direction('The mayor will resign on Monday.', 'Monday'), 'future')
    assert.equal(direction('The talks start on Monday.', 'Monday'), 'present')
  })

  it('looks right when nothing governs the expression on its left', () => {
    assert.equal(direction('On Monday, the ferry sank.', 'Monday'), 'past')
  })

  it('reads the auxiliaries of a verb group', () => {
    assert.equal(direction('The yard was holding talks on Monday.', 'Monday'), 'past')
    assert.equal(direction('The council is going to vote on Monday.', 'Monday'), 'future')
    assert.equal(direction('He would announce his plan on Monday.', 'Monday'), 'future')
  })

  it('gives an infinitive the tense of the verb it depends on', () => {
    assert.equal(direction('The offer had been due to expire on Friday.', 'Friday'), 'past')
    assert.equal(direction('The union agreed to strike on Friday.', 'Friday'), 'past')
    assert.notEqual(direction('The union plans to strike on Friday.', 'Friday'), 'past')
  })
})
