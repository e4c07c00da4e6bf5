import { join } from 'node:path'
import { readTimeml } from './timeml-reader.js'
import { systemTimexes, tbaqSplit } from './eval-timex.js'
const dir = '/work/shared/datasets/tempeval3/TBAQ-cleaned'
const stats: Record<string, [number, number]> = {}
for (const f of tbaqSplit(dir).train) {
  const d = readTimeml(join(dir, f))
  const sys = systemTimexes(d)
  for (const s of sys) {
    const g = d.timexes.find((g) => Math.min(g.end, s.end) > Math.max(g.start, s.start))
    if (!g) continue
    const r = (stats[s.rule] ??= [0, 0]); r[0]++; if (g.value === s.value) r[1]++
  }
}
for (const [k, [n, ok]] of Object.entries(stats).sort((a, b) => b[1][0] - a[1][0])) console.log(k.padEnd(24), n, ok, (ok / n).toFixed(2))
