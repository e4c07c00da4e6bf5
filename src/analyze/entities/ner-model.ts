// The trained entity model: its in-memory form, and reading and writing its gzipped JSON file.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import { FEATURE_VERSION } from './ner-features.js'
import { transitionAllowed } from './ner-tags.js'

/** How a model was made, kept in its file so that its README figures can be checked against it. */
export interface NerModelInfo {
  featureVersion: number
  gazetteerFingerprint: string
  epochs: number
  minFeatureCount: number
  seed: number
  trainedOn: string
  dev?: { file: string; precision: number; recall: number; f1: number }
}

/**
 * A trained averaged structured perceptron. Treat it as opaque: the pipeline only passes it to
 * `tagTokens`.
 */
export interface NerModel {
  readonly tags: readonly string[]
  /** Feature key (`template=value`) to row index into `weights`. */
  readonly featureIds: ReadonlyMap<string, number>
  /** The same rows by template, then value: what the tagger looks features up in. */
  readonly featureIndex: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** `featureCount × tags.length` weights, feature-major. */
  readonly weights: Float32Array
  /** `(tags.length + 1) × tags.length`; the last row scores the first tag of a sentence. */
  readonly transitions: Float32Array
  /** 1 where BIO allows the transition, laid out as `transitions`. */
  readonly allowed: Uint8Array
  readonly info: NerModelInfo
}

const FORMAT = 'parallax-ner-perceptron'
const FORMAT_VERSION = 1
const DEFAULT_MODEL = join('models', 'ner', 'ner-model.json.gz')

/** The file as stored: weights quantised to 16-bit integers, little-endian, base64. */
interface StoredModel {
  format: string
  formatVersion: number
  info: NerModelInfo
  tags: string[]
  features: string[]
  scale: number
  weights: string
  transitions: number[]
}

/** Splits feature keys at their first `=` into a map per template. */
export function indexFeatures(featureIds: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const index = new Map<string, Map<string, number>>()
  for (const [key, id] of featureIds) {
    const cut = key.indexOf('=')
    const template = key.slice(0, cut)
    let values = index.get(template)
    if (!values) {
      values = new Map()
      index.set(template, values)
    }
    values.set(key.slice(cut + 1), id)
  }
  return index
}

export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const T = tags.length
  const allowed = new Uint8Array((T + 1) * T)
  for (let from = 0; from <= T; from++) {
    for (let to = 0; to < T; to++) {
      allowed[from * T + to] = transitionAllowed(from === T ? null : (tags[from] as string), tags[to] as string) ? 1 : 0
    }
  }
  return allowed
}

/** The directory holding parallax's package.json, found from this module so that cwd does not matter. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'parallax') return dir
      } catch {
        // an unreadable manifest is not ours; keep climbing
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`PARALLAX_ERR_NER_MODEL: no parallax package.json above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

export function defaultModelPath(): string {
  return join(packageRoot(), DEFAULT_MODEL)
}

/** Reads a model written by `saveNerModel`; the default is the committed `models/ner/ner-model.json.gz`. */
export function loadNerModel(path?: string): NerModel {
  const file = path === undefined ? defaultModelPath() : resolve(path)
  let stored: StoredModel
  try {
    stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredModel
  } catch (error) {
    throw new Error(`PARALLAX_ERR_NER_MODEL: ${file}: cannot read model: ${(error as Error).message}`)
  }
  if (stored.format !== FORMAT || stored.formatVersion !== FORMAT_VERSION) {
    throw new Error(`PARALLAX_ERR_NER_MODEL: ${file}: not a ${FORMAT} v${FORMAT_VERSION} model`)
  }
  if (stored.info.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `PARALLAX_ERR_NER_MODEL: ${file}: built for feature version ${stored.info.featureVersion}, code has ${FEATURE_VERSION}; run npm run train:ner`,
    )
  }
  const T = stored.tags.length
  const raw = Buffer.from(stored.weights, 'base64')
  // copied so that the view is 2-byte aligned whatever offset the decoder's buffer has;
  // the bytes are little-endian, which every platform Node supports in practice is
  const quantised = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength))
  if (quantised.length !== stored.features.length * T) {
    throw new Error(`PARALLAX_ERR_NER_MODEL: ${file}: ${quantised.length} weights for ${stored.features.length} features`)
  }
  const weights = new Float32Array(quantised.length)
  for (let k = 0; k < quantised.length; k++) weights[k] = (quantised[k] as number) * stored.scale
  const featureIds = new Map<string, number>()
  stored.features.forEach((feature, id) => featureIds.set(feature, id))
  return {
    tags: stored.tags,
    featureIds,
    featureIndex: indexFeatures(featureIds),
    weights,
    transitions: Float32Array.from(stored.transitions),
    allowed: allowedTransitions(stored.tags),
    info: stored.info,
  }
}

/**
 * Writes a model as gzipped JSON. Feature rows whose weights are all zero are left out, and the
 * rest are quantised to 16 bits: perceptron weights span a few orders of magnitude at most, so
 * 1/32767 of the largest weight loses nothing that changes a decision.
 */
export function saveNerModel(model: NerModel, path: string): { bytes: number; features: number } {
  const T = model.tags.length
  let max = 0
  for (const value of model.weights) max = Math.max(max, Math.abs(value))
  const scale = max === 0 ? 1 : max / 32767
  const features: string[] = []
  const rows: Int16Array[] = []
  for (const [feature, id] of model.featureIds) {
    const row = new Int16Array(T)
    let any = false
    for (let t = 0; t < T; t++) {
      const q = Math.round((model.weights[id * T + t] as number) / scale)
      row[t] = q
      if (q !== 0) any = true
    }
    if (!any) continue
    features.push(feature)
    rows.push(row)
  }
  const packed = new Int16Array(rows.length * T)
  rows.forEach((row, k) => packed.set(row, k * T))
  const stored: StoredModel = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    info: model.info,
    tags: [...model.tags],
    features,
    scale,
    weights: Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('base64'),
    transitions: Array.from(model.transitions, (value) => (Number.isFinite(value) ? value : 0)),
  }
  const bytes = gzipSync(JSON.stringify(stored), { level: 9 })
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bytes)
  return { bytes: bytes.length, features: features.length }
}
