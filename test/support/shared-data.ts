// Access to ../shared (seeds, datasets): tests read it from there and skip, saying so, when it is absent.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url))

export function sharedPath(relative: string): string {
  return fileURLToPath(new URL(relative, new URL('../../../shared/', import.meta.url)))
}

/** `false` when the path exists; otherwise the skip message node:test prints. */
export function skipUnlessShared(relative: string): false | string {
  return existsSync(sharedPath(relative)) ? false : `../shared/${relative} is absent on this machine`
}
