import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Span } from '../core/span.js'
import { findQuotedSpans } from './quote-marks.js'

const whole = (text: string): Span[] => [[0, text.length]]
const inner = (text: string, paragraphs: Span[] = whole(text)) => findQuotedSpans(text, paragraphs).map((q) => [text.slice(q.inner[0], q.inner[1]), q.depth, q.closed])

describe('findQuotedSpans', () => {
  it('pairs curly, straight, single and guillemet quotes', () => {
    const text = '“One,” she said. "Two," he said. ‘Three,’ they said. «Four», we said.'
    assert.deepEqual(inner(text), [['One,', 0, true], ['Two,', 0, true], ['Three,', 0, true], ['Four', 0, true]])
  })

  it('takes apostrophes for apostrophes, not closing quotes', () => {
    const text = '‘It’s the workers’ choice,’ Okafor’s aide said.'
    assert.deepEqual(inner(text), [['It’s the workers’ choice,', 0, true]])
  })

  it('nests a single quote inside a double one', () => {
    const text = '“They call it ‘progress’ — we don’t,” she said.'
    assert.deepEqual(inner(text), [['They call it ‘progress’ — we don’t,', 0, true], ['progress', 1, true]])
  })

  it('runs a quote left open to the end of its paragraph', () => {
    const text = '“The first part goes on.\n“And ends here,” he said.'
    const paragraphs: Span[] = [[0, 24], [25, text.length]]
    assert.deepEqual(inner(text, paragraphs), [['The first part goes on.', 0, false], ['And ends here,', 0, true]])
  })

  it("reads two apostrophes as one double quote mark: ''Yes,'' she said", () => {
    assert.deepEqual(inner("''We will win,'' she said."), [['We will win,', 0, true]])
  })

  it('closes a quote on an opening mark typed for a closing one: “abhorrent“', () => {
    assert.deepEqual(inner('He called it “abhorrent“ and left.'), [['abhorrent', 0, true]])
  })

  it('keeps spans inside the text around emoji', () => {
    const text = '😀 “Yes 😀,” she said.'
    const [q] = findQuotedSpans(text, whole(text))
    assert.equal(text.slice(q!.outer[0], q!.outer[1]), '“Yes 😀,”')
  })
})
