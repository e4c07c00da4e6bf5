import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeArticle } from '../../../test/support/make-article.js'
import { entityLayer } from '../../../test/support/make-layers.js'
import { articleFeatures, entityKeys, publicationDays, yearsIn } from './cluster-features.js'
import { clusterWords } from './cluster-terms.js'

describe('cluster features', () => {
  it('keeps content words, lower-cased and lightly stemmed, and drops function words and small numbers', () => {
    assert.deepEqual(clusterWords('The dockers’ strikes said: 12 ships, 4,200 workers — “Striking” in 2026!'), ['docker', 'strik', 'ship', '4200', 'worker', 'strik', '2026'])
  })

  it('leaves boilerplate and the dateline out of the words', () => {
    const text = 'Picture: NORTHWIRE/STAFF\nVELNOR (Northwire) - Dockers walked out.'
    const article = makeArticle(text, {
      boilerplate: [{ span: [0, 24], kind: 'credit' }],
      dateline: { span: [25, 45], places: ['Velnor'] },
    })
    assert.deepEqual([...articleFeatures(article).terms.keys()], ['docker', 'walk'])
  })

  it('counts people, organisations and places under their names, and a person also under the surname', () => {
    assert.deepEqual(entityKeys('PERSON', 'Yuri  Ushakov'), ['PERSON:yuri ushakov', 'PERSON~ushakov'])
    assert.deepEqual(entityKeys('GPE', 'Moscow'), ['PLACE:moscow'])
    assert.deepEqual(entityKeys('NORP', 'Russian'), [])
    const text = 'Yuri Ushakov said Ushakov would fly to Moscow.'
    const f = articleFeatures(makeArticle(text), entityLayer(text, [{ name: 'Yuri Ushakov', type: 'PERSON', forms: ['Ushakov'] }, { name: 'Moscow', type: 'GPE' }]))
    assert.deepEqual([...f.entities], [['PERSON:yuri ushakov', 2], ['PERSON~ushakov', 2], ['PLACE:moscow', 1]])
    assert.equal(f.entityNames.get('PERSON~ushakov'), 'Yuri Ushakov')
  })

  it('turns a publication date (or an inferred range, or a month) into days', () => {
    assert.deepEqual(publicationDays({ value: '1970-01-02', precision: 'day', inferred: false, source: 'x' }), [1, 1])
    assert.deepEqual(publicationDays({ value: '1970-01-02', latest: '1970-01-04', precision: 'day', inferred: true, source: 'inferred' }), [1, 3])
    assert.deepEqual(publicationDays({ value: '1970-02', precision: 'month', inferred: false, source: 'x' }), [31, 58])
    assert.equal(publicationDays(null), null)
  })

  it('finds years written on their own, not inside other numbers', () => {
    assert.deepEqual([...yearsIn(['In June 2013, 1,987 people and 20130 ships; 2019’s plan, £2000m.'])], [2013, 2019])
  })
})
