#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the `prepare` script, or `npm run build`).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const compiled = new URL('../dist/src/interfaces/cli/main.js', import.meta.url)
if (!existsSync(fileURLToPath(compiled))) {
  console.error('parallax: the CLI is not built yet; run `npm run build` (npm install does it too)')
  process.exit(2)
}
await import(compiled.href)
