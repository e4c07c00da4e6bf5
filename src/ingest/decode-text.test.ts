import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { decodeWindows1252, decodeWithCharset } from './decode-text.js'

describe('decodeWindows1252', () => {
  it('maps the bytes 0x80–0x9F to the characters windows-1252 gives them', () => {
    assert.equal(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f])), '€…‘’“”–—™Ÿ')
  })

  it('keeps ASCII and the Latin-1 letters above 0x9F as they are', () => {
    assert.equal(decodeWindows1252(Uint8Array.from([0x41, 0x20, 0xe9, 0xfc, 0xa3])), 'A éü£')
  })

  it('keeps the five bytes windows-1252 leaves undefined as the same code points', () => {
    assert.equal(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d])), '\x81\x8d\x8f\x90\x9d')
  })

  it('decodes a slice of a larger buffer without reading outside it', () => {
    const whole = Uint8Array.from([0x93, 0x41, 0x94, 0x42])
    assert.equal(decodeWindows1252(whole.subarray(1, 3)), 'A”')
  })
})

describe('decodeWithCharset', () => {
  it('reads the labels latin1 and ISO-8859-1 as windows-1252, as browsers do', () => {
    assert.equal(decodeWithCharset(Uint8Array.from([0x93, 0x4f, 0x94]), 'ISO-8859-1'), '“O”')
    assert.equal(decodeWithCharset(Uint8Array.from([0x80]), 'latin1'), '€')
  })

  it('decodes UTF-8 and other charsets TextDecoder knows', () => {
    assert.equal(decodeWithCharset(Buffer.from('Gdańsk “ok”', 'utf8'), 'utf-8'), 'Gdańsk “ok”')
    assert.equal(decodeWithCharset(Uint8Array.from([0x3f, 0x04]), 'utf-16le'), 'п')
  })

  it('falls back to UTF-8 for an unknown label', () => {
    assert.equal(decodeWithCharset(Buffer.from('café', 'utf8'), 'x-no-such-charset'), 'café')
  })
})
