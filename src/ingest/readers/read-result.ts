// One unit of reader output: an article, or the reason its input could not be read.
import type { IngestedArticle } from '../../core/article.js'
import type { ParallaxError } from '../../core/errors.js'

export type ReadResult = { input: string; article: IngestedArticle; error?: undefined } | { input: string; error: ParallaxError; article?: undefined }
