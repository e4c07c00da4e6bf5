import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runCli } from '../cli/cli.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

describe('parallax serve', () => {
  it('listens on the port it is given (0: a free one), prints its address, answers, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/interfaces/cli/main.ts', '--db', ':memory:', 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, PARALLAX_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let stdout = ''
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString()
          const match = /serving the HTTP API on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)
          if (match) resolve(match[1]!)
        })
        child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${stdout}`)))
      })
      const response = await fetch(`${url}/articles`)
      assert.equal(response.status, 200)
      assert.deepEqual(await response.json(), { total: 0, copies: 0, limit: 50, offset: 0, articles: [] })
      child.kill('SIGTERM')
      const [code] = await once(child, 'exit')
      assert.equal(code, 0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })

  it('names a port out of range and exits 2', async () => {
    let stderr = ''
    const code = await runCli(['--db', ':memory:', 'serve', '--port', '70000'], { stdout: () => {}, stderr: (t) => (stderr += t), stderrIsTTY: false })
    assert.equal(code, 2)
    assert.match(stderr, /not a port \(0-65535\): 70000/)
  })
})
