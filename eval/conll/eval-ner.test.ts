import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { packageRoot } from '../../src/analyze/entities/ner-model.js'
import { evalNer } from './eval-ner.js'

const DEV = join(packageRoot(), '..', 'shared', 'datasets', 'conll2003', 'eng.testa')

/**
 * The committed model scored 0.9166 micro F1 on eng.testa (models/ner/README.md); the floor is
 * that rounded down to two decimals, minus 0.01. Raise it with a better model; do not lower it
 * without saying why in the commit.
 */
const DEV_F1_FLOOR = 0.9

describe('evalNer on CoNLL-2003 dev', () => {
  const skip = existsSync(DEV) ? false : `CoNLL-2003 dev split not found at ${DEV}`

  it('scores the committed model at or above the pinned micro F1 floor', { skip }, async () => {
    const score = await evalNer({ conllPath: DEV })
    assert.ok(score.f1 >= DEV_F1_FLOOR, `dev micro F1 ${score.f1.toFixed(4)} fell below ${DEV_F1_FLOOR}`)
  })

  it('reports figures between 0 and 1 for every type', { skip }, async () => {
    const score = await evalNer({ conllPath: DEV })
    for (const row of Object.values(score.types)) {
      for (const value of [row.precision, row.recall, row.f1]) assert.ok(value >= 0 && value <= 1)
      assert.ok(row.gold > 0)
    }
  })
})
