// Generates a corpus of distinct plain-text articles from the demo corpus's sentences, for benchmarks
// and for tests that need many articles. Deterministic: the same count gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { splitSentences } from '../src/analyze/sentences/sentences-analyzer.js'
import { analysableParagraphs } from '../src/analyze/regions.js'
import { prepareArticle } from '../src/ingest/prepare-article.js'
import { readInputs } from '../src/ingest/read-inputs.js'
import { seededRandom } from '../src/core/random.js'

export const DEMO_CORPUS = fileURLToPath(new URL('../demo/corpus/', import.meta.url))

/** Every sentence of the demo corpus, in corpus order. */
export async function demoSentences(): Promise<string[]> {
  const out: string[] = []
  for await (const read of readInputs([DEMO_CORPUS])) {
    if (!read.article) continue
    const { article } = prepareArticle(read.article)
    for (const { span } of splitSentences(article.text, analysableParagraphs(article))) out.push(article.text.slice(span[0], span[1]))
  }
  return out
}

const DESKS = ['Velnor', 'Aldport', 'Lunmark', 'Estrava', 'Aurel', 'Pennine', 'Geneva', 'York']

/** Article `i`: a date line, a dateline, then 8 to 16 sentences drawn from the pool, two per paragraph. */
export function generateArticle(pool: readonly string[], i: number): string {
  const next = seededRandom(i + 1)
  const count = 8 + Math.floor(next() * 9)
  const picked: string[] = []
  for (let k = 0; k < count; k++) picked.push(pool[Math.floor(next() * pool.length)]!)
  const day = String(1 + (i % 28)).padStart(2, '0')
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')
  const desk = DESKS[i % DESKS.length]!
  const paragraphs: string[] = []
  for (let k = 0; k < picked.length; k += 2) paragraphs.push(picked.slice(k, k + 2).join(' '))
  paragraphs.push(`This is dispatch number ${i} from the ${desk} desk, filed as item ${i * 7 + 3}.`)
  return `date 2026-${month}-${day} Harbour view at dawn. Picture: NORTHWIRE/STAFF ${i}\n${desk} — ${paragraphs.join('\n')}\n`
}

export async function writeCorpus(dir: string, count: number): Promise<string[]> {
  const pool = await demoSentences()
  mkdirSync(dir, { recursive: true })
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const file = join(dir, `article-${String(i).padStart(6, '0')}.txt`)
    writeFileSync(file, generateArticle(pool, i))
    files.push(file)
  }
  return files
}

/** Bodies of generated articles (date line and caption dropped: they would be boilerplate) up to `targetBytes`. */
export async function generateBodies(targetBytes: number): Promise<string[]> {
  const pool = await demoSentences()
  const bodies: string[] = []
  let bytes = 0
  for (let i = 0; bytes < targetBytes; i++) {
    const body = generateArticle(pool, i).split('\n').slice(1).join('\n')
    bodies.push(body)
    bytes += Buffer.byteLength(body)
  }
  return bodies
}
