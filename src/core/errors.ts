// Coded errors: every failure names its code and the input it concerns (Fastify's FST_ERR_* style).

export const ERROR_CODES = {
  EMPTY: 'PARALLAX_ERR_EMPTY',
  UNSUPPORTED: 'PARALLAX_ERR_UNSUPPORTED',
  NO_TEXT: 'PARALLAX_ERR_NO_TEXT',
  HTML_PARSE: 'PARALLAX_ERR_HTML_PARSE',
  FEED_PARSE: 'PARALLAX_ERR_FEED_PARSE',
  JSONL_PARSE: 'PARALLAX_ERR_JSONL_PARSE',
  FETCH: 'PARALLAX_ERR_FETCH',
  NOT_FOUND: 'PARALLAX_ERR_NOT_FOUND',
  PIPELINE: 'PARALLAX_ERR_PIPELINE',
  STORE: 'PARALLAX_ERR_STORE',
  USAGE: 'PARALLAX_ERR_USAGE',
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

export class ParallaxError extends Error {
  readonly code: ErrorCode
  readonly input: string | undefined
  readonly reason: string

  constructor(code: ErrorCode, input: string | undefined, reason: string, options?: { cause?: unknown }) {
    super(input ? `${code}: ${input}: ${reason}` : `${code}: ${reason}`, options)
    this.name = 'ParallaxError'
    this.code = code
    this.input = input
    this.reason = reason
  }
}

export function isParallaxError(error: unknown): error is ParallaxError {
  return error instanceof ParallaxError
}

/** Wraps any thrown value as a ParallaxError about `input`, keeping coded errors as they are. */
export function asParallaxError(error: unknown, input: string, fallback: ErrorCode): ParallaxError {
  if (error instanceof ParallaxError) return error
  const reason = error instanceof Error ? error.message : String(error)
  return new ParallaxError(fallback, input, reason, { cause: error })
}
