// The `parallax` command line: a thin adapter that parses arguments, calls the engine and prints.
import { Command, CommanderError, InvalidArgumentError } from 'commander'
import { ERROR_CODES, isParallaxError, ParallaxError } from '../../core/errors.js'
import { openEngine, renderHtml, renderMarkdown, reportToJson, type Engine, type IngestOptions, type IngestReport } from '../../engine.js'
import { evalNer } from '../../../eval/conll/eval-ner.js'
import { formatConllScore } from '../../../eval/conll/conll-scorer.js'
import { evalSeedEntities } from '../../../eval/seeds/eval-seed-entities.js'
import { evalPolnear, formatPolnearScore } from '../../../eval/quotes/eval-polnear.js'
import { evalSeedQuotes, formatSeedQuoteScore } from '../../../eval/quotes/eval-seed-quotes.js'
import { evalTimex, formatTimexResult, tbaqSplit } from '../../../eval/timeml/eval-timex.js'
import { formatArticleList, formatEntities, formatEntity, formatQuotes, formatReportLine, formatSearchHits, formatShow } from './cli-format.js'
import { progressReporter } from './cli-progress.js'
import { formatStories, formatStory } from './cli-story-format.js'
import { evalClusters } from '../../../eval/clusters/eval-clusters.js'
import { formatClusterScore } from '../../../eval/clusters/cluster-scorer.js'
import { startServer } from '../http/http-server.js'
import { defaultWebRoot, hasWebUi } from '../http/web-assets.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  stderrIsTTY: boolean
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: Boolean(process.stderr.isTTY),
}

interface GlobalOptions {
  db?: string
}

/** Runs the CLI and returns the exit code: 0 on success, 1 when an input failed, 2 on usage errors. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let exitCode = 0
  const program = new Command('parallax')
    .description('Many outlets\' reports of the same events, turned into one verified picture of each story.')
    .option('--db <path>', 'SQLite database file (default: $PARALLAX_DB or ./parallax.db)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })

  const withEngine = async <T>(run: (engine: Engine) => Promise<T>, db?: string): Promise<T> => {
    const engine = openEngine({ db: db ?? (program.opts() as GlobalOptions).db })
    try {
      return await run(engine)
    } finally {
      await engine.close()
    }
  }

  const ingestOptions = (): IngestOptions & { finish: () => void } => {
    const progress = progressReporter(io)
    return {
      onProgress: progress.update,
      onOutcome: (outcome) => {
        if (outcome.status === 'failed') progress.log(`failed: ${outcome.error?.message ?? outcome.input}\n`)
      },
      finish: progress.stop,
    }
  }

  const finishReport = (report: IngestReport) => {
    io.stderr(formatReportLine(report) + '\n')
    if (report.failed > 0) exitCode = 1
  }

  program
    .command('ingest')
    .description('read articles (files, folders, feeds, JSON Lines, URLs, - for stdin) into the store')
    .argument('<inputs...>', 'files, folders, http(s) URLs or - for standard input')
    .option('--json', 'print the outcome of every input as JSON')
    .action(async (inputs: string[], opts: { json?: boolean }) => {
      await withEngine(async (engine) => {
        const progress = ingestOptions()
        const report = await engine.ingest(inputs, progress).finally(progress.finish)
        if (opts.json) io.stdout(JSON.stringify(reportToJson(report), null, 2) + '\n')
        finishReport(report)
      })
    })

  program
    .command('analyze')
    .description('ingest inputs and print their analysis (the JSON contract of DESIGN.md with --json)')
    .argument('<inputs...>', 'files, folders, http(s) URLs or - for standard input')
    .option('--json', 'print the analysis document as JSON')
    .option('--no-store', 'analyse in memory without writing to the database')
    .action(async (inputs: string[], opts: { json?: boolean; store: boolean }) => {
      await withEngine(
        async (engine) => {
          const progress = ingestOptions()
          const { report, ...doc } = await engine.analyze(inputs, progress).finally(progress.finish)
          if (opts.json) io.stdout(JSON.stringify(doc, null, 2) + '\n')
          else for (const article of doc.articles) io.stdout(formatShow({ kind: 'article', view: { article, copies: [] } }) + '\n')
          finishReport(report)
        },
        opts.store ? undefined : ':memory:',
      )
    })

  program
    .command('list')
    .description('list stored articles, oldest first')
    .option('--limit <n>', 'how many', toPositiveInt, 50)
    .option('--offset <n>', 'skip this many', toNonNegativeInt, 0)
    .option('--json', 'print JSON')
    .action(async (opts: { limit: number; offset: number; json?: boolean }) => {
      await withEngine(async (engine) => {
        const articles = await engine.list({ limit: opts.limit, offset: opts.offset })
        const counts = await engine.count()
        if (opts.json) io.stdout(JSON.stringify({ ...counts, articles }, null, 2) + '\n')
        else io.stdout(formatArticleList(articles, counts) + '\n')
      })
    })

  program
    .command('show')
    .description('show a stored article (its metadata, boilerplate, sentences and copies) or a copy')
    .argument('<id>', 'article or copy id')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withEngine(async (engine) => {
        const shown = await engine.show(id)
        if (opts.json) io.stdout(JSON.stringify(shown.kind === 'copy' ? { copy: shown.copy, ...shown.view } : shown.view, null, 2) + '\n')
        else io.stdout(formatShow(shown) + '\n')
      })
    })

  program
    .command('search')
    .description('full-text search over titles and bodies ("quoted phrases", prefix*)')
    .argument('<query...>', 'words to search for')
    .option('--limit <n>', 'how many', toPositiveInt, 20)
    .option('--json', 'print JSON')
    .action(async (query: string[], opts: { limit: number; json?: boolean }) => {
      await withEngine(async (engine) => {
        const hits = await engine.search(query.join(' '), { limit: opts.limit })
        if (opts.json) io.stdout(JSON.stringify(hits, null, 2) + '\n')
        else io.stdout(formatSearchHits(hits) + '\n')
      })
    })

  program
    .command('entities')
    .description('canonical entities across all stored articles, most widely reported first')
    .option('--type <type>', 'only this type (PERSON, ORG, GPE, LOC, NORP, MISC)')
    .option('--limit <n>', 'how many', toPositiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (opts: { type?: string; limit: number; json?: boolean }) => {
      await withEngine(async (engine) => {
        const entities = (await engine.entities({ type: opts.type })).slice(0, opts.limit)
        if (opts.json) io.stdout(JSON.stringify(entities, null, 2) + '\n')
        else io.stdout(formatEntities(entities) + '\n')
      })
    })

  program
    .command('entity')
    .description('one canonical entity: its aliases, descriptors and the articles it appears in')
    .argument('<name-or-id>', 'canonical name, alias or id')
    .option('--json', 'print JSON')
    .action(async (nameOrId: string, opts: { json?: boolean }) => {
      await withEngine(async (engine) => {
        const entity = await engine.entity(nameOrId)
        if (opts.json) io.stdout(JSON.stringify(entity, null, 2) + '\n')
        else io.stdout(formatEntity(entity) + '\n')
      })
    })

  program
    .command('quotes')
    .description('stored quotes with their speakers, cues and intermediaries')
    .option('--speaker <name>', 'only this speaker (name, alias or surname)')
    .option('--limit <n>', 'how many', toPositiveInt, 100)
    .option('--json', 'print JSON')
    .action(async (opts: { speaker?: string; limit: number; json?: boolean }) => {
      await withEngine(async (engine) => {
        const quotes = (await engine.quotes({ speaker: opts.speaker })).slice(0, opts.limit)
        if (opts.json) io.stdout(JSON.stringify(quotes, null, 2) + '\n')
        else io.stdout(formatQuotes(quotes) + '\n')
      })
    })

  program
    .command('stories')
    .description('stories (articles about the same events, clustered as they are ingested), the most recently updated first')
    .option('--limit <n>', 'how many', toPositiveInt, 50)
    .option('--offset <n>', 'skip this many', toNonNegativeInt, 0)
    .option('--json', 'print JSON')
    .action(async (opts: { limit: number; offset: number; json?: boolean }) => {
      await withEngine(async (engine) => {
        const stories = await engine.stories({ limit: opts.limit, offset: opts.offset })
        if (opts.json) io.stdout(JSON.stringify(stories, null, 2) + '\n')
        else io.stdout(formatStories(stories, await engine.store.countStories()) + '\n')
      })
    })

  program
    .command('story')
    .description('one story: its articles, their outlets and copies; --why says why each article is in it')
    .argument('<id>', 'story id (story:… or the part after the colon)')
    .option('--json', 'print JSON (with the decision for each article)')
    .option('--why', 'the reasons for each article: score, shared words and names, time apart, runner-up story')
    .option('--format <format>', 'the cited brief: md, html, or json (brief and full comparison)')
    .action(async (id: string, opts: { json?: boolean; why?: boolean; format?: string }) => {
      if (opts.format && !['md', 'html', 'json'].includes(opts.format)) {
        throw new ParallaxError(ERROR_CODES.USAGE, '--format', `must be md, html or json, not ${opts.format}`)
      }
      await withEngine(async (engine) => {
        if (opts.format) {
          const report = await engine.storyReport(id)
          if (opts.format === 'md') io.stdout(renderMarkdown(report.brief))
          else if (opts.format === 'html') io.stdout(renderHtml(report.brief))
          else io.stdout(JSON.stringify({ story: report.story, brief: report.brief, comparison: report.comparison }, null, 2) + '\n')
          return
        }
        const story = await engine.story(id)
        if (opts.json) io.stdout(JSON.stringify(story, null, 2) + '\n')
        else io.stdout(formatStory(story, { why: opts.why }) + '\n')
      })
    })

  program
    .command('recluster')
    .description('rebuild all stories from scratch, clustering the stored articles in ingest order')
    .action(async () => {
      await withEngine(async (engine) => {
        const { articles, stories } = await engine.recluster()
        io.stderr(`reclustered ${articles} articles into ${stories} stories\n`)
      })
    })

  program
    .command('serve')
    .description('serve the web UI at / and the HTTP JSON API (its routes in /openapi.json); with $PARALLAX_TOKEN set, writes need it as a bearer token')
    .option('--port <n>', 'port to listen on (0 picks a free one)', toPort, 3000)
    .option('--host <address>', 'address to bind (127.0.0.1 keeps the API to this machine)', '127.0.0.1')
    .option('--allow-private-urls', 'let URL ingest fetch private, loopback and link-local addresses')
    .action(async (opts: { port: number; host: string; allowPrivateUrls?: boolean }) => {
      await withEngine(async (engine) => {
        const token = process.env.PARALLAX_TOKEN || undefined
        const server = await startServer({ engine, port: opts.port, host: opts.host, allowPrivateUrls: opts.allowPrivateUrls, token })
        io.stdout(`parallax: serving the HTTP API on ${server.url} (OpenAPI at ${server.url}/openapi.json)\n`)
        if (hasWebUi(defaultWebRoot())) io.stdout(`parallax: web UI at ${server.url}/\n`)
        else io.stderr('parallax: the web UI is not built (npm run build:web); serving the API alone\n')
        if (!token && !/^(127\.|::1$|localhost$)/.test(opts.host)) io.stderr(`parallax: warning: PARALLAX_TOKEN is not set, so anyone who can reach ${server.url} can add articles\n`)
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve)
          process.once('SIGTERM', resolve)
        })
        await server.close()
      })
    })

  const evaluate = program.command('eval').description('score an analyzer against gold data')
  evaluate
    .command('ner')
    .description('entity recognition on a CoNLL-2003 file: exact span and type, micro and per-type P/R/F1')
    .requiredOption('--conll <file>', 'CoNLL-2003 file (e.g. ../shared/datasets/conll2003/eng.testa)')
    .option('--json', 'print JSON')
    .action(async (opts: { conll: string; json?: boolean }) => {
      const score = await evalNer({ conllPath: opts.conll })
      io.stdout((opts.json ? JSON.stringify(score, null, 2) : formatConllScore(score)) + '\n')
    })
  evaluate
    .command('entities')
    .description('entities and descriptors against hand-made gold in the format of ../shared/seeds/gold.json')
    .requiredOption('--gold <file>', 'gold.json')
    .requiredOption('--articles <dir>', 'folder holding the articles gold.json names')
    .option('--json', 'print JSON')
    .action(async (opts: { gold: string; articles: string; json?: boolean }) => {
      const score = await evalSeedEntities({ gold: opts.gold, articles: opts.articles })
      io.stdout((opts.json ? JSON.stringify(score, null, 2) : formatSeedEntityScore(score)) + '\n')
    })

  evaluate
    .command('clusters')
    .description('story clustering on ECB+ (../shared/datasets/news-clustering-ecbplus): B³ and pairwise P/R/F1 against the gold events')
    .requiredOption('--data <path>', 'the dataset folder (docs.<split>.jsonl inside) or one JSONL file')
    .option('--split <part>', "'dev' (reporting, the default) or 'train' (tuning)", 'dev')
    .option('--json', 'print JSON (figures in 0…1)')
    .action(async (opts: { data: string; split: string; json?: boolean }) => {
      if (opts.split !== 'train' && opts.split !== 'dev') throw new ParallaxError(ERROR_CODES.USAGE, '--split', `must be train or dev, not ${opts.split}`)
      const result = await evalClusters({ data: opts.data, split: opts.split })
      io.stdout((opts.json ? JSON.stringify(result, null, 2) : `${opts.split}: ${formatClusterScore(result)}`) + '\n')
    })

  evaluate
    .command('timex')
    .description('time expressions on TimeML files (TempEval-3 scoring): strict/relaxed span P/R/F1, type accuracy, value F1')
    .requiredOption('--timeml <dir>', 'folder of .tml files, searched recursively (e.g. ../shared/datasets/tempeval3/TBAQ-cleaned)')
    .option('--split <part>', "of TBAQ-cleaned: 'train' (tuning part) or 'dev' (every 5th file, held out from tuning)")
    .option('--json', 'print JSON')
    .action(async (opts: { timeml: string; split?: string; json?: boolean }) => {
      if (opts.split && opts.split !== 'train' && opts.split !== 'dev') {
        throw new ParallaxError(ERROR_CODES.USAGE, '--split', `must be train or dev, not ${opts.split}`)
      }
      const files = opts.split ? tbaqSplit(opts.timeml)[opts.split as 'train' | 'dev'] : undefined
      const result = await evalTimex({ dir: opts.timeml, files })
      io.stdout((opts.json ? JSON.stringify(result, null, 2) : formatTimexResult(result)) + '\n')
    })

  evaluate
    .command('quotes')
    .description('quotes against gold in the format of ../shared/seeds/gold.json (--gold, --articles) or PolNeAR attributions (--polnear)')
    .option('--gold <file>', 'gold.json')
    .option('--articles <dir>', 'folder holding the articles gold.json names')
    .option('--polnear <dir>', 'PolNeAR folder (e.g. ../shared/datasets/quotes-polnear)')
    .option('--split <part>', "PolNeAR split: 'dev' (reporting, the default) or 'train' (tuning)", 'dev')
    .option('--json', 'print JSON')
    .action(async (opts: { gold?: string; articles?: string; polnear?: string; split: string; json?: boolean }) => {
      if (opts.polnear) {
        if (opts.split !== 'train' && opts.split !== 'dev') throw new ParallaxError(ERROR_CODES.USAGE, '--split', `must be train or dev, not ${opts.split}`)
        const score = evalPolnear({ dir: opts.polnear, split: opts.split })
        io.stdout((opts.json ? JSON.stringify(score, null, 2) : formatPolnearScore(score)) + '\n')
        return
      }
      if (!opts.gold || !opts.articles) throw new ParallaxError(ERROR_CODES.USAGE, 'eval quotes', 'give --gold and --articles, or --polnear')
      const score = await evalSeedQuotes({ gold: opts.gold, articles: opts.articles })
      io.stdout((opts.json ? JSON.stringify(score, null, 2) : formatSeedQuoteScore(score)) + '\n')
    })

  try {
    await program.parseAsync([...argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2
    }
    io.stderr(`parallax: ${isParallaxError(error) ? error.message : (error as Error).stack ?? String(error)}\n`)
    return isParallaxError(error) && error.code === 'PARALLAX_ERR_NOT_FOUND' ? 1 : 2
  }
  return exitCode
}

function formatSeedEntityScore(score: Awaited<ReturnType<typeof evalSeedEntities>>): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
  const lines = [`entities  P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}`]
  for (const [type, t] of Object.entries(score.types)) lines.push(`  ${type.padEnd(7)} gold ${t.gold}  found ${t.found}  predicted ${t.predicted}  false positives ${t.falsePositives}`)
  lines.push(`descriptors found ${score.descriptors.found} of ${score.descriptors.gold} (${pct(score.descriptors.recall)})`)
  for (const m of score.missed) lines.push(`  missed: ${m}`)
  for (const m of score.missedDescriptors) lines.push(`  missed descriptor: ${m}`)
  for (const m of score.spurious) lines.push(`  spurious: ${m}`)
  return lines.join('\n')
}


function toPositiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`not a positive integer: ${value}`)
  return n
}

function toPort(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`not a port (0-65535): ${value}`)
  return n
}

function toNonNegativeInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`not a non-negative integer: ${value}`)
  return n
}
