// Reads TimeML (.tml) files as TempEval-3 distributes them: the DCT, and the TEXT with its tags removed
// and its TIMEX3 extents as offsets into that plain text.
import { readFileSync } from 'node:fs'
import { ERROR_CODES, ParallaxError } from '../../src/core/errors.js'

export interface GoldTimex {
  start: number
  end: number
  tid: string
  type: string
  value: string
}

export interface TimemlDocument {
  /** The file it was read from. */
  path: string
  docId: string | null
  /** The document creation time as its TIMEX3 value gives it (e.g. 1998-08-07 or 1998-02-13T14:26:00). */
  dct: string | null
  /** The content of <TEXT> with every tag removed and entities decoded: the gold offsets index into it. */
  text: string
  timexes: GoldTimex[]
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1)
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
  return ENTITIES[name] ?? entity
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!.replace(/&[#\w]+;/g, decodeEntity)
  return out
}

/** Parses the XML of one TimeML document. */
export function parseTimeml(xml: string, path = '<string>'): TimemlDocument {
  const textMatch = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)
  if (!textMatch) throw new ParallaxError(ERROR_CODES.UNSUPPORTED, path, 'no <TEXT> element: not a TimeML document')
  let dct: string | null = null
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/g)) {
    const attrs = attributes(m[1]!)
    if (attrs.functionInDocument === 'CREATION_TIME') {
      dct = attrs.value ?? null
      break
    }
  }
  const docId = /<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? null

  const raw = textMatch[1]!
  let text = ''
  const timexes: GoldTimex[] = []
  const open: { start: number; attrs: Record<string, string> }[] = []
  const token = /<(\/?)([\w:]+)([^>]*?)(\/?)>|&[#\w]+;|[^<&]+|[<&]/g
  for (const m of raw.matchAll(token)) {
    const piece = m[0]
    if (m[2] !== undefined) {
      const closing = m[1] === '/'
      const selfClosing = m[4] === '/'
      if (m[2] !== 'TIMEX3' || selfClosing) continue
      if (!closing) open.push({ start: text.length, attrs: attributes(m[3]!) })
      else {
        const started = open.pop()
        if (started) {
          timexes.push({
            start: started.start,
            end: text.length,
            tid: started.attrs.tid ?? '',
            type: started.attrs.type ?? '',
            value: started.attrs.value ?? '',
          })
        }
      }
    } else if (piece.startsWith('&') && piece.length > 1) {
      text += decodeEntity(piece)
    } else {
      text += piece
    }
  }
  timexes.sort((a, b) => a.start - b.start)
  return { path, docId, dct, text, timexes }
}

export function readTimeml(path: string): TimemlDocument {
  return parseTimeml(readFileSync(path, 'utf8'), path)
}
