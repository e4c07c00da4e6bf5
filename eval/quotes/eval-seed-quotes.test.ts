import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sharedPath, skipUnlessShared } from '../../test/support/shared-data.js'
import { evalSeedQuotes } from './eval-seed-quotes.js'

// Pinned floors, measured with `parallax eval quotes --gold ../shared/seeds/gold.json --articles ../shared/seeds`:
// span+speaker F1 1.000 over the required items, every gold `via` found. Never lowered silently.
const FLOOR_SPAN_SPEAKER_F1 = 0.95
const FLOOR_SPAN_F1 = 0.95

describe('quotes on the seed articles', { skip: skipUnlessShared('seeds/gold.json') }, () => {
  it('finds the gold quotes with their speakers above the pinned floors, and every gold intermediary', async () => {
    const score = await evalSeedQuotes({ gold: sharedPath('seeds/gold.json'), articles: sharedPath('seeds') })
    const detail = [...score.missed, ...score.wrongSpeaker, ...score.spurious].join('; ')
    assert.ok(score.spans.f1 >= FLOOR_SPAN_F1, `span F1 ${score.spans.f1.toFixed(3)} < ${FLOOR_SPAN_F1}: ${detail}`)
    assert.ok(score.spansAndSpeakers.f1 >= FLOOR_SPAN_SPEAKER_F1, `span+speaker F1 ${score.spansAndSpeakers.f1.toFixed(3)} < ${FLOOR_SPAN_SPEAKER_F1}: ${detail}`)
    assert.deepEqual(score.missedVia, [])
  })
})
