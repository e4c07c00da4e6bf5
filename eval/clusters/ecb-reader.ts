// Reads the ECB+ document-clustering files of ../shared/datasets/news-clustering-ecbplus (see its SOURCE.md):
// docs.<split>.jsonl, one document per line with its gold event cluster.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CODES, ParallaxError } from '../../src/core/errors.js'

export interface EcbDoc {
  docId: string
  /** Gold event cluster, `<topic>_<ecb|ecbplus>`. */
  cluster: string
  text: string
  /** 1-based line in the file: how the engine names the record (`file:line`). */
  line: number
}

export type EcbSplit = 'train' | 'dev'

/** The JSONL file for a split: `data` may be the dataset folder or the file itself. */
export function ecbFile(data: string, split: EcbSplit): string {
  const file = existsSync(data) && statSync(data).isDirectory() ? join(data, `docs.${split}.jsonl`) : data
  if (!existsSync(file)) throw new ParallaxError(ERROR_CODES.NOT_FOUND, file, 'no such ECB+ clustering file')
  return file
}

export function readEcbDocs(file: string): EcbDoc[] {
  const docs: EcbDoc[] = []
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (!line.trim()) return
      let record: Record<string, unknown>
      try {
        record = JSON.parse(line) as Record<string, unknown>
      } catch (error) {
        throw new ParallaxError(ERROR_CODES.JSONL_PARSE, `${file}:${index + 1}`, (error as Error).message)
      }
      const { doc_id: docId, cluster_id: cluster, text } = record
      if (typeof docId !== 'string' || typeof cluster !== 'string' || typeof text !== 'string') {
        throw new ParallaxError(ERROR_CODES.JSONL_PARSE, `${file}:${index + 1}`, 'expected string doc_id, cluster_id and text')
      }
      docs.push({ docId, cluster, text, line: index + 1 })
    })
  return docs
}
