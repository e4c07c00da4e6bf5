import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sharedPath, skipUnlessShared } from '../../test/support/shared-data.js'
import { evalSeedEntities } from './eval-seed-entities.js'

// Pinned floors, measured 2026-11-24 with `parallax eval entities --gold ../shared/seeds/gold.json
// --articles ../shared/seeds`: F1 0.992, descriptor recall 0.875. Never lowered silently.
const FLOOR_F1 = 0.95
const FLOOR_DESCRIPTOR_RECALL = 0.85

describe('entities on the seed articles', { skip: skipUnlessShared('seeds/gold.json') }, () => {
  it('finds the gold entities with their types and their role descriptors above the pinned floors', async () => {
    const score = await evalSeedEntities({ gold: sharedPath('seeds/gold.json'), articles: sharedPath('seeds') })
    assert.ok(score.f1 >= FLOOR_F1, `entity F1 ${score.f1.toFixed(3)} < ${FLOOR_F1}; missed: ${score.missed.join('; ')}`)
    assert.ok(score.descriptors.recall >= FLOOR_DESCRIPTOR_RECALL, `descriptor recall ${score.descriptors.recall.toFixed(3)}: ${score.missedDescriptors.join('; ')}`)
  })

  it('finds every required PERSON, ORG and GPE', async () => {
    const score = await evalSeedEntities({ gold: sharedPath('seeds/gold.json'), articles: sharedPath('seeds') })
    assert.deepEqual(score.missed.filter((m) => /\((?:PERSON|ORG|GPE)\)$/.test(m)), [])
  })
})
