// Scores the entity model on a CoNLL-2003 file: `node --import tsx eval/conll/eval-ner.ts FILE [--json]`.

import { pathToFileURL } from 'node:url'
import { bioSpans, spansToBio } from '../../src/analyze/entities/bio-tags.js'
import { loadNerModel, type NerModel } from '../../src/analyze/entities/ner-model.js'
import { tagDocument, type TagOptions } from '../../src/analyze/entities/ner-tagger.js'
import { toConllType, toParallaxType } from '../../src/analyze/entities/parallax-types.js'
import { documentTags, documentWords, readConllFile } from './conll-reader.js'
import { formatConllScore, scoreConll, type ConllScore } from './conll-scorer.js'

export type Result = ConllScore

export interface EvalNerOptions {
  conllPath: string
  /** A model file; the committed model by default. */
  modelPath?: string
  /** An already loaded model, which wins over `modelPath`. */
  model?: NerModel
  /** Tagger options, for tuning the post-pass on dev. */
  tagOptions?: TagOptions
}

/**
 * Predicted tags go through the parallax types and back (GPE/LOC → LOC, NORP/MISC → MISC), so
 * the score is that of what the pipeline will report.
 */
function throughParallaxTypes(words: readonly string[], tags: readonly string[]): string[] {
  const spans = bioSpans(tags).map((span) => ({
    ...span,
    type: toConllType(toParallaxType(span.type, words.slice(span.start, span.end).join(' '))),
  }))
  return spansToBio(spans, tags.length)
}

export async function evalNer(options: EvalNerOptions): Promise<Result> {
  const model = options.model ?? loadNerModel(options.modelPath)
  const documents = readConllFile(options.conllPath)
  const gold: string[][] = []
  const predicted: string[][] = []
  for (const document of documents) {
    const words = documentWords(document)
    const tags = tagDocument(model, words, options.tagOptions)
    gold.push(...documentTags(document))
    tags.forEach((sentenceTags, s) => predicted.push(throughParallaxTypes(words[s] ?? [], sentenceTags)))
  }
  return scoreConll(gold, predicted)
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json')
  const files = argv.filter((arg) => !arg.startsWith('--'))
  if (files.length !== 1) {
    process.stderr.write('usage: node --import tsx eval/conll/eval-ner.ts FILE [--json]\n')
    process.exitCode = 2
    return
  }
  const result = await evalNer({ conllPath: files[0] as string })
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatConllScore(result) + '\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(error.message + '\n')
    process.exitCode = 1
  })
}
