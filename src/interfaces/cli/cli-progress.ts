// A progress bar on stderr when it is a terminal; plain log lines otherwise.
import cliProgress from 'cli-progress'
import type { CliIo } from './cli.js'

export interface ProgressReporter {
  update: (done: number, total: number) => void
  log: (line: string) => void
  stop: () => void
}

export function progressReporter(io: CliIo): ProgressReporter {
  if (!io.stderrIsTTY) return { update: () => {}, log: io.stderr, stop: () => {} }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} inputs', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done)
        started = true
      } else bar.update(done)
    },
    log(line) {
      if (started) bar.stop()
      io.stderr(line)
      started = false
    },
    stop() {
      if (started) bar.stop()
    },
  }
}
