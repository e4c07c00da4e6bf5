// Listening on a socket: the app of http-app.ts served by @hono/node-server, for `parallax serve`.
import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { ERROR_CODES, ParallaxError } from '../../core/errors.js'
import { createApp, type AppOptions } from './http-app.js'

export interface ServerOptions extends AppOptions {
  /** 0 picks a free port. */
  port: number
  /** The address to bind; 127.0.0.1 keeps the API to this machine. */
  host?: string
}

export interface RunningServer {
  /** Where the API answers, e.g. http://127.0.0.1:3000 */
  url: string
  close(): Promise<void>
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options)
  const host = options.host ?? '127.0.0.1'
  return new Promise<RunningServer>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      server.removeAllListeners('error')
      const shown = info.family === 'IPv6' || info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      })
    })
    // a port in use or an address this machine does not have
    server.once('error', (error: NodeJS.ErrnoException) => reject(new ParallaxError(ERROR_CODES.USAGE, `${host}:${options.port}`, `cannot listen: ${error.code ?? error.message}`)))
  })
}
