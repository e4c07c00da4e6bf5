// The parts of OpenAPI 3.1 that parallax's document uses, so that the document is checked as it is written.

/** JSON Schema 2020-12 as OpenAPI 3.1 embeds it (the keywords used here). */
export interface Schema {
  $ref?: string
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null' | ('object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null')[]
  description?: string
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  prefixItems?: Schema[]
  minItems?: number
  maxItems?: number
  enum?: (string | number | null)[]
  format?: string
  contentMediaType?: string
  minimum?: number
  maximum?: number
  default?: unknown
  oneOf?: Schema[]
  anyOf?: Schema[]
  examples?: unknown[]
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  description?: string
  schema: Schema
}

export interface MediaType {
  schema: Schema
  examples?: Record<string, { summary?: string; value: unknown }>
}

export interface RequestBody {
  required?: boolean
  description?: string
  content: Record<string, MediaType>
}

export interface Response {
  description: string
  content?: Record<string, MediaType>
  headers?: Record<string, { description?: string; schema: Schema }>
}

export interface Operation {
  operationId: string
  summary: string
  description?: string
  tags?: string[]
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: RequestBody
  responses: Record<string, Response | { $ref: string }>
  security?: Record<string, string[]>[]
}

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

export type PathItem = Partial<Record<Method, Operation>>

export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description?: string; license?: { name: string; identifier?: string } }
  servers?: { url: string; description?: string }[]
  paths: Record<string, PathItem>
  components: {
    schemas: Record<string, Schema>
    parameters?: Record<string, Parameter>
    responses?: Record<string, Response>
    securitySchemes?: Record<string, { type: 'http'; scheme: 'bearer'; description?: string }>
  }
}
