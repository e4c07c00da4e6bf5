// Keeps the dependency direction of STYLE.md true: core ← ingest ← analyze ← stories ← store ← interfaces.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))
const ORDER = ['core', 'ingest', 'analyze', 'stories', 'store', 'interfaces'] as const

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : []
  })
}

/** The top-level folder of src/ a file lives in; files directly in src/ (engine.ts) sit above interfaces' inputs. */
function area(file: string): string {
  const [first, second] = relative(SRC, file).split(/[\\/]/)
  return second === undefined ? 'root' : first!
}

function rank(a: string): number {
  if (a === 'root') return ORDER.indexOf('store') + 0.5 // the engine composes everything below interfaces
  return ORDER.indexOf(a as (typeof ORDER)[number])
}

function relativeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  const specifiers = [...code.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)]
  return specifiers.map((m) => resolve(dirname(file), (m[1] ?? m[2])!))
}

describe('architecture', () => {
  it('imports only point from later layers to earlier ones', () => {
    const violations: string[] = []
    for (const file of sourceFiles(SRC)) {
      for (const target of relativeImports(file)) {
        if (!target.startsWith(SRC)) continue
        const from = area(file)
        const to = area(target)
        if (rank(to) > rank(from)) violations.push(`${relative(SRC, file)} imports ${relative(SRC, target)}`)
      }
    }
    assert.deepEqual(violations, [])
  })

  it('nothing imports the interfaces', () => {
    const offenders = sourceFiles(SRC).filter(
      (file) => area(file) !== 'interfaces' && relativeImports(file).some((t) => t.startsWith(join(SRC, 'interfaces'))),
    )
    assert.deepEqual(offenders.map((f) => relative(SRC, f)), [])
  })
})
