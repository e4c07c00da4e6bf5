// TIMEX3 duration values: P2M, PT5H, P1Y6M; an unknown count keeps an X (PXY).
import { UNITS } from './timex-lexicon.js'

/** `n` units as a TIMEX3 duration; `null` for an unknown count ("several years" → PXY). */
export function durationValue(n: number | null, unitWord: string): string {
  const unit = UNITS[unitWord] ?? UNITS[unitWord.replace(/s$/, '')]
  if (!unit) return 'PXX'
  const t = unit.time ? 'T' : ''
  if (unitWord === 'weekend') return n === null ? 'PXWE' : `P${n}WE`
  // "decades" has no count to multiply: an unknown number of years (PXY), as TimeBank writes it
  if (n === null) return `P${t}X${unit.letter}`
  return `P${t}${n * (unit.factor ?? 1)}${unit.letter}`
}

const SMALLER: Record<string, [string, number]> = {
  year: ['month', 12], month: ['day', 30], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
  decade: ['year', 10], century: ['year', 100],
}

/** A fractional count, written in whole units plus the next smaller unit: 1.5 years → P1Y6M, half an hour → PT30M. */
export function fractionValue(x: number, unitWord: string): string | null {
  const whole = Math.floor(x)
  const smaller = SMALLER[unitWord]
  if (!smaller) return null
  const rest = Math.round((x - whole) * smaller[1])
  if (unitWord === 'decade' || unitWord === 'century') return durationValue(whole * (unitWord === 'decade' ? 10 : 100) + rest, 'year')
  const head = whole > 0 ? durationValue(whole, unitWord) : ''
  const tail = durationValue(rest, smaller[0])
  if (!head) return tail
  // PT1H + PT30M → PT1H30M; P1Y + P6M → P1Y6M; P1D + PT12H → P1DT12H
  if (tail.startsWith('PT') && head.startsWith('PT')) return head + tail.slice(2)
  if (tail.startsWith('PT')) return head + tail.slice(1)
  return head + tail.slice(1)
}
