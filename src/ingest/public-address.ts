// Which IP addresses a server may fetch on a user's behalf: public ones only, so that a URL given to the
// HTTP API cannot reach the machine itself, its private network or a cloud metadata endpoint.
import { BlockList, isIP } from 'node:net'

// Node's BlockList also matches IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) against the IPv4 rules.
const NON_PUBLIC: [kind: string, network: string, prefix: number, family: 'ipv4' | 'ipv6'][] = [
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['shared (carrier-grade NAT)', '100.64.0.0', 10, 'ipv4'],
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['benchmarking', '198.18.0.0', 15, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['unique local (private)', 'fc00::', 7, 'ipv6'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['site-local', 'fec0::', 10, 'ipv6'],
  ['multicast', 'ff00::', 8, 'ipv6'],
]

const LISTS = NON_PUBLIC.map(([kind, network, prefix, family]) => {
  const list = new BlockList()
  list.addSubnet(network, prefix, family)
  return { kind, list }
})

/** What kind of non-public address this is ('loopback', 'private', …), or null for a public address. */
export function nonPublicKind(address: string): string | null {
  const family = isIP(address)
  if (family === 0) return 'not an IP address'
  const type = family === 4 ? 'ipv4' : 'ipv6'
  return LISTS.find(({ list }) => list.check(address, type))?.kind ?? null
}

export function isPublicAddress(address: string): boolean {
  return nonPublicKind(address) === null
}
