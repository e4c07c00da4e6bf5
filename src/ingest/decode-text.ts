// Bytes → text in a named charset, working around Node's windows-1252 decoder (nodejs/node#60888:
// since 20.18.3 it decodes bytes 0x80–0x9F as Latin-1 control characters instead of “ ” – € …).

// WHATWG index-windows-1252 for 0x80–0x9F; the other bytes are the same code points as in Latin-1.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code))

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!)
}

/** Decodes with the charset a label names (WHATWG labels: `latin1` and `iso-8859-1` mean windows-1252); UTF-8 when the label is unknown. */
export function decodeWithCharset(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label.trim().toLowerCase())
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes)
}
