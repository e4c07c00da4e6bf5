// Pairs quotation marks inside each paragraph: “…”, "…", ‘…’, '…', «…», „…“ and ‹…›, nested one level.
// A quote left open at the end of its paragraph runs to that end: news continues a long quote in the next
// paragraph, which opens with a quote mark again.
import type { Span } from '../core/span.js'

export type QuoteStyle = 'double' | 'single' | 'guillemet' | 'straight-double' | 'straight-single'

export interface QuotedSpan {
  /** From the opening mark to just after the closing mark (or the paragraph's end when left open). */
  outer: Span
  /** The words between the marks. */
  inner: Span
  style: QuoteStyle
  /** 0 for a quote, 1 for a quote inside a quote. */
  depth: number
  closed: boolean
  /** Index of the paragraph (in the list passed in) the quote opens in. */
  paragraph: number
}

interface Open {
  at: number
  style: QuoteStyle
  closer: string
  /** Characters of the opening mark: 2 for '' typed as a double quote. */
  width?: number
}

const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch)
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch)

/** Quoted spans in text order of their opening marks. */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = []
  paragraphs.forEach(([pStart, pEnd], paragraph) => {
    const stack: Open[] = []
    const close = (open: Open, closeAt: number, closed: boolean) => {
      const width = open.width ?? 1
      const end = closed ? closeAt + width : pEnd
      out.push({ outer: [open.at, end], inner: [open.at + width, closed ? closeAt : trimEnd(text, open.at + width, pEnd)], style: open.style, depth: stack.length, closed, paragraph })
    }
    const top = () => stack[stack.length - 1]
    for (let i = pStart; i < pEnd; i++) {
      const ch = text[i]!
      const before = text[i - 1]
      const after = text[i + 1]
      if (ch === '“' || ch === '„') {
        // “ closes a „ (German style); otherwise it opens
        if (ch === '“' && top()?.closer === '“') {
          close(stack.pop()!, i, true)
          continue
        }
        if (top()?.style === 'double') {
          // “abhorrent“: an opening mark typed for a closing one, right after a word and before a space or punctuation
          if (before && !isSpace(before) && (isSpace(after) || /[.,;:!?)]/.test(after!))) close(stack.pop()!, i, true)
          continue // otherwise a stray second opener inside an open quote
        }
        stack.push({ at: i, style: 'double', closer: ch === '„' ? '“' : '”' })
      } else if (ch === '”') {
        const index = findOpen(stack, '”')
        if (index >= 0) closeUpTo(stack, index, i, close)
      } else if (ch === '«') stack.push({ at: i, style: 'guillemet', closer: '»' })
      else if (ch === '»') {
        const index = findOpen(stack, '»')
        if (index >= 0) closeUpTo(stack, index, i, close)
      } else if (ch === '‹') stack.push({ at: i, style: 'guillemet', closer: '›' })
      else if (ch === '›') {
        const index = findOpen(stack, '›')
        if (index >= 0) closeUpTo(stack, index, i, close)
      } else if (ch === '‘') {
        if (!isLetter(before)) stack.push({ at: i, style: 'single', closer: '’' })
      } else if (ch === '’') {
        // an apostrophe unless a single quote is open and the mark ends a word
        const index = findOpen(stack, '’')
        // "the workers’ choice": after an s and before a word, a plural possessive when another ’ can close later
        const possessive = before === 's' && after === ' ' && isLetter(text[i + 2]) && laterCloser(text, i + 1, pEnd, '’')
        if (index >= 0 && !isLetter(after) && !possessive) closeUpTo(stack, index, i, close)
      } else if (ch === '"') {
        // straight double quotes alternate: open, close, open, …
        const index = findOpen(stack, '"')
        if (index >= 0) closeUpTo(stack, index, i, close)
        else stack.push({ at: i, style: 'straight-double', closer: '"' })
      } else if (ch === "'" && after === "'") {
        // '' typed for a double quote mark: alternates like "
        const index = findOpen(stack, "''")
        if (index >= 0) closeUpTo(stack, index, i, close)
        else stack.push({ at: i, style: 'straight-double', closer: "''", width: 2 })
        i++
      } else if (ch === "'") {
        const index = findOpen(stack, "'")
        if (index >= 0 && !isLetter(after)) closeUpTo(stack, index, i, close)
        else if ((isSpace(before) || /[“"(]/.test(before!)) && isLetter(after)) stack.push({ at: i, style: 'straight-single', closer: "'" })
      }
    }
    // quotes left open: singles inside were apostrophes or typos; keep only the outermost double-style quote
    const open = stack.filter((o) => o.style !== 'single' && o.style !== 'straight-single')
    if (open[0]) {
      stack.length = 0
      close(open[0], pEnd, false)
    }
  })
  return out.sort((a, b) => a.outer[0] - b.outer[0])
}

/** True when a mark that can close a quote (not followed by a letter) occurs in [from, to). */
function laterCloser(text: string, from: number, to: number, mark: string): boolean {
  for (let i = text.indexOf(mark, from); i >= 0 && i < to; i = text.indexOf(mark, i + 1)) if (!isLetter(text[i + 1])) return true
  return false
}

function findOpen(stack: readonly Open[], closer: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.closer === closer) return i
  return -1
}

function closeUpTo(stack: Open[], index: number, at: number, close: (open: Open, at: number, closed: boolean) => void): void {
  // quotes opened inside the one closing now and never closed are dropped (apostrophes taken for marks)
  stack.length = index + 1
  close(stack.pop()!, at, true)
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1]!)) to--
  return to
}

/** The quoted spans that contain `position`, outermost first. */
export function quotesAround(quotes: readonly QuotedSpan[], position: number): QuotedSpan[] {
  return quotes.filter((q) => q.inner[0] <= position && position < q.inner[1])
}
