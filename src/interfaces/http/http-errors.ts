// Errors of the HTTP API: every 4xx and 5xx answer is `{ error: { code, message, field? } }`, the code
// in the PARALLAX_ERR_* style of the engine's own errors.
import { isParallaxError } from '../../core/errors.js'

export const HTTP_ERROR_CODES = {
  BAD_BODY: 'PARALLAX_ERR_BAD_BODY',
  VALIDATION: 'PARALLAX_ERR_VALIDATION',
  UNAUTHORIZED: 'PARALLAX_ERR_UNAUTHORIZED',
  NOT_FOUND: 'PARALLAX_ERR_NOT_FOUND',
  NO_ROUTE: 'PARALLAX_ERR_NO_ROUTE',
  BODY_TOO_LARGE: 'PARALLAX_ERR_BODY_TOO_LARGE',
  MEDIA_TYPE: 'PARALLAX_ERR_MEDIA_TYPE',
  INTERNAL: 'PARALLAX_ERR_INTERNAL',
} as const

export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[keyof typeof HTTP_ERROR_CODES]

export type ErrorStatus = 400 | 401 | 404 | 413 | 415 | 500

export interface ErrorBody {
  error: { code: string; message: string; field?: string }
}

export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: HttpErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } }
  }
}

/** A request field that is missing or wrong: 400, naming the field. */
export function invalidField(field: string, problem: string): HttpError {
  return new HttpError(400, HTTP_ERROR_CODES.VALIDATION, `${field}: ${problem}`, field)
}

/**
 * The answer to any error a handler throws. The engine's coded errors keep their meaning: an unknown id
 * is a 404 naming it, a usage error a 400 naming the field it concerns; anything else is a 500 whose
 * details stay in the server's log.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error
  if (isParallaxError(error)) {
    if (error.code === 'PARALLAX_ERR_NOT_FOUND') return new HttpError(404, HTTP_ERROR_CODES.NOT_FOUND, error.input ? `${error.input}: ${error.reason}` : error.reason)
    if (error.code === 'PARALLAX_ERR_USAGE') return invalidField(error.input ?? 'request', error.reason)
  }
  return new HttpError(500, HTTP_ERROR_CODES.INTERNAL, 'internal error')
}
