// The one place that lists the analyzers parallax runs, in order.
import { coref } from './coref/coref-analyzer.js'
import { entities } from './entities/entities-analyzer.js'
import { createPipeline } from './pipeline.js'
import { quotes } from './quotes/quotes-analyzer.js'
import { sentences } from './sentences/sentences-analyzer.js'
import { timexes } from './time/timexes-analyzer.js'
import { tokens } from './tokens/tokens-analyzer.js'

export const defaultPipeline = () => createPipeline([sentences(), tokens(), entities(), coref(), quotes(), timexes()])
