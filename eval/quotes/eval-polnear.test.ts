import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sharedPath, skipUnlessShared } from '../../test/support/shared-data.js'
import { evalPolnear, scorePolnear } from './eval-polnear.js'
import { parseAnn } from './polnear-reader.js'

// Pinned floors on the PolNeAR dev split, measured with `parallax eval quotes --polnear
// ../shared/datasets/quotes-polnear`: content F1 0.514, content+source F1 0.441 (PolNeAR also counts
// beliefs, polls and other attributions that are not quotes). Never lowered silently.
const FLOOR_CONTENT_F1 = 0.49
const FLOOR_CONTENT_SOURCE_F1 = 0.42

describe('PolNeAR reader', () => {
  it('reads attributions from brat lines, E lines before their T lines and discontinuous spans included', () => {
    const ann = [
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T1\tSource 0 5\tOkafo',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;25 30\tthe port … shut',
      'T4\tAttribution 6 10\tsaid',
      'E2\tAttribution:T6 Content:T5 Cue:T6',
      'T5\tContent 40 50\tsomething',
      'T6\tCue 51 55\tsaid',
      '#1\tAnnotatorNotes T1\ta note',
    ].join('\n')
    assert.deepEqual(parseAnn(ann), [
      { content: [[11, 20], [25, 30]], cue: [[6, 10]], source: [[0, 5]] },
      { content: [[40, 50]], cue: [[51, 55]], source: null },
    ])
  })

  it('scores a found quote whose speaker phrase overlaps the gold source', () => {
    const text = 'Okafor said the port would stay shut.\n'
    const score = scorePolnear('test', [{ name: 'a', text, attributions: [{ content: [[12, 36]], cue: [[7, 11]], source: [[0, 6]] }] }])
    assert.equal(score.content.tp, 1)
    assert.equal(score.contentAndSource.tp, 1)
  })
})

describe('quotes on PolNeAR dev', { skip: skipUnlessShared('datasets/quotes-polnear/dev') }, () => {
  it('finds attributed contents and their sources above the pinned floors', () => {
    const score = evalPolnear({ dir: sharedPath('datasets/quotes-polnear'), split: 'dev' })
    assert.ok(score.content.f1 >= FLOOR_CONTENT_F1, `content F1 ${score.content.f1.toFixed(3)} < ${FLOOR_CONTENT_F1}`)
    assert.ok(score.contentAndSource.f1 >= FLOOR_CONTENT_SOURCE_F1, `content+source F1 ${score.contentAndSource.f1.toFixed(3)} < ${FLOOR_CONTENT_SOURCE_F1}`)
  })
})
