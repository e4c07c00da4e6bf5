import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseTimeml } from './timeml-reader.js'

// An invented document in the TBAQ-cleaned shape.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-12" temporalFunction="false" functionInDocument="CREATION_TIME">2026-03-12</TIMEX3></DCT>
<TITLE>Dockers strike</TITLE>
<TEXT>
VELNOR (AP) _ Dockers &amp; crane drivers <EVENT eid="e1" class="OCCURRENCE">walked out</EVENT> <TIMEX3 tid="t1" type="DATE" value="2026-03-11" temporalFunction="true" functionInDocument="NONE">Wednesday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>`

describe('parseTimeml', () => {
  it('reads the DCT, the text without tags and the TIMEX3 offsets into that text', () => {
    const doc = parseTimeml(TML, 'test.tml')
    assert.equal(doc.dct, '2026-03-12')
    assert.equal(doc.docId, 'TEST0001')
    assert.equal(doc.text, '\nVELNOR (AP) _ Dockers & crane drivers walked out Wednesday for two days.\n')
    assert.deepEqual(
      doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.tid]),
      [['Wednesday', 'DATE', '2026-03-11', 't1'], ['two days', 'DURATION', 'P2D', 't2']],
    )
  })

  it('refuses a file without TEXT', () => {
    assert.throws(() => parseTimeml('<TimeML></TimeML>', 'empty.tml'), /PARALLAX_ERR_UNSUPPORTED: empty.tml/)
  })
})
