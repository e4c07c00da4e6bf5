// Runs the parallax CLI in-process with captured output, for CLI tests.
import { runCli, type CliIo } from '../../src/interfaces/cli/cli.js'

export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stderrIsTTY: false }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}
