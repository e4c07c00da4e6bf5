import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { openEngine } from '../../engine.js'
import { createApp } from './http-app.js'
import { OPENAPI } from './openapi.js'
import type { Method, Parameter } from './openapi-types.js'

const engine = openEngine({ db: ':memory:' })
after(() => engine.close())
// Hono lists middleware as routes too; those carry the method ALL
const routes = createApp({ engine })
  .routes.filter((r) => r.method !== 'ALL')
  .map((r) => ({ method: r.method.toLowerCase() as Method, path: r.path.replace(/:(\w+)/g, '{$1}') }))
const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()]

describe('OpenAPI document', () => {
  it('describes every route the app registers', () => {
    const missing = unique.filter((r) => !OPENAPI.paths[r.path]?.[r.method]).map((r) => `${r.method.toUpperCase()} ${r.path}`)
    assert.deepEqual(missing, [])
  })

  it('describes no route the app lacks', () => {
    const registered = new Set(unique.map((r) => `${r.method} ${r.path}`))
    const extra = Object.entries(OPENAPI.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)).filter((key) => !registered.has(key))
    assert.deepEqual(extra, [])
  })

  it('declares each path parameter of each route', () => {
    for (const { method, path } of unique) {
      const declared = (OPENAPI.paths[path]?.[method]?.parameters ?? []).filter((p): p is Parameter => 'in' in p && p.in === 'path').map((p) => p.name)
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      assert.deepEqual(declared, inPath, `${method} ${path}`)
    }
  })

  it('gives every operation a unique id and a 200 response', () => {
    const ids = Object.values(OPENAPI.paths).flatMap((item) => Object.values(item).map((op) => op.operationId))
    assert.equal(new Set(ids).size, ids.length)
    for (const item of Object.values(OPENAPI.paths)) for (const op of Object.values(item)) assert.ok(op.responses['200'], op.operationId)
  })

  it('resolves every $ref it uses', () => {
    const refs = [...JSON.stringify(OPENAPI).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)]
    assert.ok(refs.length > 10)
    for (const [, section, name] of refs) {
      assert.ok((OPENAPI.components as Record<string, Record<string, unknown> | undefined>)[section!]?.[name!], `${section}/${name}`)
    }
  })
})
