// Renders a brief as Markdown or as one self-contained HTML page; citations are numbered and listed with
// the exact characters they point at.
import type { Brief, Citation } from './brief.js'

function numbering(brief: Brief): { number: (c: Citation) => number; list: Citation[] } {
  const list: Citation[] = []
  const index = new Map<string, number>()
  const number = (c: Citation) => {
    const key = `${c.article}:${c.span[0]}:${c.span[1]}`
    if (!index.has(key)) {
      list.push(c)
      index.set(key, list.length)
    }
    return index.get(key)!
  }
  for (const s of brief.sections) for (const item of s.items) {
    item.citations.forEach(number)
    item.variants?.forEach((v) => number(v.citation))
  }
  return { number, list }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

export function renderMarkdown(brief: Brief): string {
  const { number, list } = numbering(brief)
  const refs = (cs: Citation[]) => cs.map((c) => `[${number(c)}]`).join('')
  const lines = [`# ${oneLine(brief.title)}`, '']
  lines.push(`Sources: ${brief.sources.map((s) => `${s.label}${s.publishedAt ? ` (${s.publishedAt}${s.inferredDate ? ', inferred' : ''})` : ''}${s.copiedBy.length ? `, also run by ${s.copiedBy.join(', ')}` : ''}`).join('; ')}`, '')
  for (const section of brief.sections) {
    lines.push(`## ${section.heading}`, '')
    for (const item of section.items) {
      lines.push(`- ${oneLine(item.text)} ${refs(item.citations)}`)
      for (const v of item.variants ?? []) lines.push(`  - as ${v.label} words it: “${oneLine(v.text)}” ${refs([v.citation])}`)
    }
    lines.push('')
  }
  lines.push('## Citations', '')
  list.forEach((c, i) => lines.push(`[${i + 1}]: ${c.label}, characters ${c.span[0]}–${c.span[1]}: “${oneLine(c.excerpt)}”`))
  return lines.join('\n') + '\n'
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

export function renderHtml(brief: Brief): string {
  const { number, list } = numbering(brief)
  const refs = (cs: Citation[]) => cs.map((c) => `<sup><a href="#cite-${number(c)}">[${number(c)}]</a></sup>`).join('')
  const body: string[] = [`<h1>${escapeHtml(brief.title)}</h1>`, '<p class="sources">Sources: ']
  body.push(brief.sources.map((s) => escapeHtml(`${s.label}${s.publishedAt ? ` (${s.publishedAt}${s.inferredDate ? ', inferred' : ''})` : ''}`)).join('; ') + '</p>')
  for (const section of brief.sections) {
    body.push(`<h2>${escapeHtml(section.heading)}</h2>`, '<ul>')
    for (const item of section.items) {
      body.push(`<li>${escapeHtml(oneLine(item.text))} ${refs(item.citations)}`)
      if (item.variants?.length) {
        body.push('<ul>')
        for (const v of item.variants) body.push(`<li>as ${escapeHtml(v.label)} words it: “${escapeHtml(oneLine(v.text))}” ${refs([v.citation])}</li>`)
        body.push('</ul>')
      }
      body.push('</li>')
    }
    body.push('</ul>')
  }
  body.push('<h2>Citations</h2>', '<ol class="citations">')
  list.forEach((c, i) =>
    body.push(`<li id="cite-${i + 1}" data-article="${escapeHtml(c.article)}" data-start="${c.span[0]}" data-end="${c.span[1]}">${escapeHtml(c.label)}, characters ${c.span[0]}–${c.span[1]}: <q>${escapeHtml(oneLine(c.excerpt))}</q></li>`),
  )
  body.push('</ol>')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(brief.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}sup a{text-decoration:none;color:#06c}.citations li{font-size:.9rem;color:#444;margin:.3rem 0}.sources{color:#555}q{font-style:italic}</style>
</head><body>
${body.join('\n')}
</body></html>
`
}
