import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isPublicAddress, nonPublicKind } from './public-address.js'

describe('nonPublicKind', () => {
  const cases: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'unique local (private)'],
    ['fdab:1234::9', 'unique local (private)'],
    ['fe80::1', 'link-local'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
  ]
  for (const [address, kind] of cases) {
    it(`names ${address} a ${kind} address`, () => {
      assert.equal(nonPublicKind(address), kind)
    })
  }

  it('passes public IPv4 and IPv6 addresses, including those next to private ranges', () => {
    for (const address of ['8.8.8.8', '172.15.255.255', '172.32.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      assert.equal(isPublicAddress(address), true, address)
    }
  })

  it('does not pass a string that is not an IP address', () => {
    assert.equal(isPublicAddress('localhost'), false)
  })
})
