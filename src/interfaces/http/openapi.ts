// The OpenAPI 3.1 description of the HTTP API, served at /openapi.json; a test checks that every route
// the app registers is described here.
import type { OpenApiDocument, Parameter, Response, Schema } from './openapi-types.js'
import { ARTICLE_FIELDS, JSON_TYPE, MULTIPART_TYPE, NDJSON_TYPES, PAGE_DEFAULT, PAGE_MAX, UPLOAD_FIELDS } from './http-request.js'

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] })
const json = (schema: Schema, description: string): Response => ({ description, content: { [JSON_TYPE]: { schema } } })
const errorRef = (name: string) => ({ $ref: `#/components/responses/${name}` })
const str = (description?: string): Schema => (description ? { type: 'string', description } : { type: 'string' })

const SPAN: Schema = {
  type: 'array', prefixItems: [{ type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0 }], minItems: 2, maxItems: 2,
  description: '[start, end) in UTF-16 code units of the article text',
}
const SPANNED_TEXT: Schema = { type: 'object', required: ['span', 'text'], properties: { span: ref('Span'), text: str() } }

const page = (what: string): Parameter[] => [
  { name: 'limit', in: 'query', description: `How many ${what} (1–${PAGE_MAX}).`, schema: { type: 'integer', minimum: 1, maximum: PAGE_MAX, default: PAGE_DEFAULT } },
  { name: 'offset', in: 'query', description: `Skip this many ${what}.`, schema: { type: 'integer', minimum: 0, default: 0 } },
]

const pageOf = (items: string, itemSchema: Schema, extra: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: ['total', 'limit', 'offset', items],
  properties: { total: { type: 'integer', description: 'How many there are in all.' }, limit: { type: 'integer' }, offset: { type: 'integer' }, ...extra, [items]: { type: 'array', items: itemSchema } },
})

const idParam = (description: string): Parameter => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } })

const ARTICLE_INPUT: Schema = {
  type: 'object',
  description:
    'One article, shaped as a JSON Lines record: `text` or `html` with its metadata (`url` among it), or `url` alone to fetch the page ' +
    '(public addresses only unless the server allows private ones; 15 s timeout, 10 MB cap, 5 redirects). Metadata given here wins over what the content says. Unknown fields are refused.',
  additionalProperties: false,
  properties: {
    text: str('Plain text in agency shape (optional `date YYYY-MM-DD` prefix, caption, dateline, one paragraph per line).'),
    html: str('An HTML page or fragment; main text through Readability, metadata from <meta>, JSON-LD and <time>.'),
    url: { type: 'string', format: 'uri', description: 'With `text` or `html`: the article\'s URL. Alone: the http(s) page to fetch.' },
    input: str('The name the article is stored under (default: the URL, else `content:<outlet>`, else `content`). Re-sending the same text under the same name adds nothing; under another name it is linked as a copy.'),
    outlet: str(),
    title: str(),
    byline: str(),
    publishedAt: str('Publication date: ISO 8601 (`2026-05-04`, `2026-05-04T08:00:00Z`), RFC 822 or `4 May 2026`.'),
  },
}

const UPLOAD: Schema = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' }, description: 'One or more files, each read as a file of its name would be (.txt, .html, .xml feeds, .jsonl; otherwise by content).' },
    input: str('The name to store a single upload under (default: the file name).'),
    url: { type: 'string', format: 'uri' },
    outlet: str(),
    title: str(),
    byline: str(),
    publishedAt: str(),
  },
}

const INGEST_REPORT: Schema = {
  type: 'object',
  required: ['stored', 'duplicates', 'unchanged', 'failed', 'outcomes'],
  properties: {
    stored: { type: 'integer', description: 'New articles stored and analysed.' },
    duplicates: { type: 'integer', description: 'Copies linked to a stored article.' },
    unchanged: { type: 'integer', description: 'Items already stored under the same name.' },
    failed: { type: 'integer' },
    outcomes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['input', 'status', 'articleId', 'duplicateOf', 'error'],
        properties: {
          input: str('The item: its name, URL, or `name:LINE` for a JSON Lines line.'),
          status: { type: 'string', enum: ['stored', 'duplicate', 'exists', 'failed'] },
          articleId: nullable(str('The stored article, or the article a copy is linked to.')),
          duplicateOf: nullable({
            type: 'object', required: ['articleId', 'kind', 'similarity'],
            properties: { articleId: str(), kind: { type: 'string', enum: ['exact', 'near'] }, similarity: { type: 'number' } },
          }),
          error: nullable({ type: 'object', required: ['code', 'reason'], properties: { code: str(), reason: str() } }),
        },
      },
    },
  },
}

const PUBLISHED_AT: Schema = {
  type: 'object',
  required: ['value', 'precision', 'inferred', 'source'],
  properties: {
    value: str('YYYY-MM-DD (or YYYY-MM, YYYY)'),
    datetime: str(),
    precision: { type: 'string', enum: ['day', 'month', 'year', 'datetime'] },
    inferred: { type: 'boolean' },
    source: str(),
    latest: str('For an inferred date: the latest possible value.'),
    evidence: { type: 'array', items: str() },
  },
}

const ARTICLE_SUMMARY: Schema = {
  type: 'object',
  required: ['id', 'input', 'outlet', 'title', 'url', 'publishedAt', 'ingestedAt', 'lead', 'copies'],
  properties: {
    id: str(), input: str(), outlet: nullable(str()), title: nullable(str()), url: nullable(str()),
    publishedAt: nullable(ref('PublishedAt')), ingestedAt: { type: 'string', format: 'date-time' },
    lead: str('First words of the body.'), copies: { type: 'integer' },
  },
}

const COPY: Schema = {
  type: 'object',
  required: ['id', 'articleId', 'kind', 'similarity', 'input'],
  properties: {
    id: str(), articleId: str(), kind: { type: 'string', enum: ['exact', 'near'] }, similarity: { type: 'number' }, input: str(),
    outlet: nullable(str()), title: nullable(str()), url: nullable(str()), publishedAt: nullable(ref('PublishedAt')), fingerprint: str(), ingestedAt: str(),
  },
}

const QUOTE_PARTS: Record<string, Schema> = {
  kind: { type: 'string', enum: ['direct', 'indirect', 'mixed'] },
  span: ref('Span'),
  text: str('The quoted or reported content.'),
  speaker: nullable({ type: 'object', required: ['name', 'entity', 'span'], properties: { name: str(), entity: nullable(str()), span: ref('Span'), affiliation: { type: 'object', properties: { name: str(), entity: str() } } } }),
  cue: nullable(SPANNED_TEXT),
  via: nullable({ type: 'object', required: ['name', 'span'], properties: { name: str(), span: ref('Span') } }),
}

const ANALYSIS_ARTICLE: Schema = {
  type: 'object',
  description: 'The article of the analysis document (DESIGN.md): metadata, the text every span indexes into, and its layers.',
  required: ['id', 'input', 'outlet', 'title', 'url', 'publishedAt', 'text', 'boilerplate', 'sentences', 'entities', 'quotes', 'timexes'],
  properties: {
    id: str(), input: str(), outlet: nullable(str()), title: nullable(str()), url: nullable(str()), byline: nullable(str()),
    publishedAt: nullable(ref('PublishedAt')),
    provenance: { type: 'object', additionalProperties: str(), description: 'Where each metadata field was found.' },
    text: str(),
    boilerplate: { type: 'array', items: { type: 'object', required: ['span', 'kind'], properties: { span: ref('Span'), kind: str() } } },
    dateline: nullable({ type: 'object', required: ['span', 'places'], properties: { span: ref('Span'), places: { type: 'array', items: str() } } }),
    sentences: { type: 'array', items: { type: 'object', required: ['span'], properties: { span: ref('Span') } } },
    entities: {
      type: 'array',
      items: {
        type: 'object', required: ['id', 'name', 'type', 'descriptors', 'mentions'],
        properties: { id: str(), name: str(), type: str(), descriptors: { type: 'array', items: str() }, descriptorMentions: { type: 'array', items: SPANNED_TEXT }, mentions: { type: 'array', items: SPANNED_TEXT } },
      },
    },
    timexes: { type: 'array', items: { type: 'object', required: ['span', 'text', 'type', 'value'], properties: { span: ref('Span'), text: str(), type: { type: 'string', enum: ['DATE', 'TIME', 'DURATION', 'SET'] }, value: str('TIMEX3 value') } } },
    coref: { type: 'array', items: { type: 'object', required: ['span', 'text', 'entity', 'kind'], properties: { span: ref('Span'), text: str(), entity: nullable(str()), kind: str() } } },
    quotes: { type: 'array', items: { type: 'object', required: ['kind', 'span', 'text', 'speaker', 'cue', 'via'], properties: QUOTE_PARTS } },
  },
}

const ENTITY: Schema = {
  type: 'object',
  required: ['id', 'name', 'type', 'aliases', 'descriptors', 'articles', 'mentions'],
  properties: {
    id: str(), name: str(), type: { type: 'string', description: 'PERSON, ORG, GPE, LOC, NORP, MISC' }, aliases: { type: 'array', items: str() },
    descriptors: { type: 'array', items: str() }, articles: { type: 'array', items: str(), description: 'Ids of the articles it appears in.' }, mentions: { type: 'integer' },
  },
}

const SOURCE_REF: Schema = {
  type: 'object', required: ['article', 'span'],
  properties: { article: str('Article id.'), span: ref('Span'), label: str('The outlet, else the input\'s file name.') },
}

const STORY_SUMMARY: Schema = {
  type: 'object',
  required: ['id', 'title', 'articles', 'outlets', 'independentSources', 'firstPublished', 'lastPublished', 'updatedAt'],
  properties: {
    id: str('`story:…`'), title: str(), articles: { type: 'array', items: str(), description: 'Article ids in the order they joined the story.' },
    outlets: { type: 'array', items: str(), description: 'Outlets of the articles and of their syndicated copies.' },
    independentSources: { type: 'integer', description: 'Distinct stored articles; a syndicated copy adds an outlet, not a source.' },
    firstPublished: nullable(str()), lastPublished: nullable(str()), updatedAt: { type: 'string', format: 'date-time', description: 'When the story last gained an article.' },
  },
}

const STORY_DETAIL: Schema = {
  type: 'object',
  required: [...STORY_SUMMARY.required!, 'members'],
  properties: {
    ...STORY_SUMMARY.properties,
    members: {
      type: 'array',
      description: 'Each article with its metadata, its copies and the clustering decision that placed it in the story.',
      items: {
        type: 'object', required: ['id', 'input', 'outlet', 'title', 'url', 'publishedAt', 'copies', 'decision'],
        properties: {
          id: str(), input: str(), outlet: nullable(str()), title: nullable(str()), url: nullable(str()), publishedAt: nullable(ref('PublishedAt')),
          ingestedAt: str(), lead: str('First words of the body.'), copies: { type: 'array', items: { type: 'object' } },
          decision: nullable({ type: 'object', description: 'Which story the article joined or started, the score, the threshold and the runner-up.', properties: { action: { type: 'string', enum: ['joined', 'started'] }, storyId: str(), threshold: { type: 'number' } } }),
        },
      },
    },
  },
}

const CITED = (extra: Record<string, Schema> = {}): Schema => ({ type: 'object', required: ['text', 'sources'], properties: { text: str(), sources: { type: 'array', items: ref('SourceRef') }, ...extra } })

const COMPARISON: Schema = {
  type: 'object',
  description: 'The outlets side by side. Every span is [start, end) in the text of the article it names.',
  required: ['outlets', 'facts', 'conflicts', 'coverage', 'onlyIn', 'quotes', 'voices', 'loadedWording', 'timeline', 'alignments'],
  properties: {
    outlets: { type: 'array', items: str() },
    facts: {
      type: 'array',
      items: { ...CITED({ id: str(), status: { type: 'string', enum: ['corroborated', 'single'] }, outlets: { type: 'array', items: str(), description: 'Independent outlets that state it.' } }), required: ['id', 'text', 'status', 'sources', 'outlets'] },
    },
    conflicts: {
      type: 'array',
      items: {
        type: 'object', required: ['subject', 'unit', 'reason', 'sources'],
        properties: {
          subject: str(), unit: str(), reason: { type: 'string', enum: ['casualty count', 'same measure'] },
          sources: { type: 'array', items: { type: 'object', required: ['article', 'label', 'span', 'valueSpan', 'value'], properties: { article: str(), label: str(), span: ref('Span'), valueSpan: ref('Span'), value: { type: 'number' }, unit: str(), text: str() } } },
        },
      },
    },
    coverage: { type: 'object', properties: { outlets: { type: 'array', items: str() }, facts: { type: 'array', items: str() }, matrix: { type: 'array', items: { type: 'array', items: { type: 'boolean' } } } } },
    onlyIn: { type: 'object', additionalProperties: { type: 'array', items: str() }, description: 'Outlet → ids of the facts only it reports.' },
    quotes: {
      type: 'array',
      items: {
        type: 'object', required: ['speaker', 'variants', 'outlets'],
        properties: {
          speaker: str(), outlets: { type: 'array', items: str() },
          variants: { type: 'array', items: { type: 'object', required: ['article', 'label', 'span', 'text', 'kind', 'via'], properties: { article: str(), label: str(), span: ref('Span'), text: str(), kind: str(), via: nullable(str('The intermediary the outlet relays the quote through.')) } } },
        },
      },
    },
    voices: { type: 'array', items: { type: 'object', required: ['speaker', 'quotes', 'characters', 'byOutlet'], properties: { speaker: str(), quotes: { type: 'integer' }, characters: { type: 'integer' }, byOutlet: { type: 'object' } } } },
    loadedWording: { type: 'array', items: { type: 'object', required: ['article', 'label', 'word', 'category', 'span', 'sentence'], properties: { article: str(), label: str(), word: str(), category: str(), span: ref('Span'), sentence: ref('Span') } } },
    timeline: { type: 'array', items: { ...CITED({ date: str('TIMEX3 calendar value'), when: str() }), required: ['date', 'when', 'text', 'sources'] } },
    alignments: { type: 'array', items: { type: 'object', properties: { a: ref('SourceRef'), b: ref('SourceRef'), score: { type: 'number' }, shared: { type: 'array', items: str() } } } },
  },
}

const CITATION: Schema = { type: 'object', required: ['article', 'label', 'span', 'excerpt'], properties: { article: str(), label: str(), span: ref('Span'), excerpt: str('The cited characters.') } }

const BRIEF: Schema = {
  type: 'object', required: ['title', 'sources', 'sections'],
  properties: {
    title: str(),
    sources: { type: 'array', items: { type: 'object', properties: { article: str(), label: str(), outlet: nullable(str()), publishedAt: nullable(str()), inferredDate: { type: 'boolean' }, copiedBy: { type: 'array', items: str() } } } },
    sections: {
      type: 'array',
      items: {
        type: 'object', required: ['heading', 'items'],
        properties: {
          heading: str(),
          items: { type: 'array', items: { type: 'object', required: ['text', 'citations'], properties: { text: str(), citations: { type: 'array', items: CITATION }, variants: { type: 'array', items: { type: 'object', properties: { label: str(), text: str(), citation: CITATION } } } } } },
        },
      },
    },
  },
}

const STORY_ARTICLE: Schema = {
  type: 'object', required: ['id', 'label', 'outlet', 'title', 'publishedAt', 'text', 'boilerplate', 'copiedBy'],
  properties: {
    id: str(), label: str(), outlet: nullable(str()), title: nullable(str()), publishedAt: nullable(ref('PublishedAt')), text: str('The body every span indexes into.'),
    boilerplate: { type: 'array', items: { type: 'object', required: ['span', 'kind'], properties: { span: ref('Span'), kind: str() } } },
    copiedBy: { type: 'array', items: str(), description: 'Outlets that republished it.' },
  },
}

const ERROR: Schema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: str('PARALLAX_ERR_*'), message: str('Names the problem and the field or id it concerns.'), field: str('The request field (body field or query parameter) at fault.') },
    },
  },
}

const WRITE_ERRORS = {
  '400': errorRef('BadRequest'),
  '401': errorRef('Unauthorized'),
  '413': errorRef('TooLarge'),
  '415': errorRef('UnsupportedMediaType'),
}

export const OPENAPI: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'parallax',
    version: '0.1.0',
    description: 'Many outlets\' reports of the same events: ingest articles, read their analysis, stories, entities, quotes and search. Every span is [start, end) in UTF-16 code units of the article text.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/openapi.json': {
      get: { operationId: 'openapi', summary: 'This document.', tags: ['meta'], responses: { '200': json({ type: 'object' }, 'The OpenAPI 3.1 document.') } },
    },
    '/articles': {
      get: {
        operationId: 'listArticles', summary: 'Stored articles, oldest first, with their copy counts.', tags: ['articles'],
        parameters: page('articles'),
        responses: { '200': json(pageOf('articles', ref('ArticleSummary'), { copies: { type: 'integer', description: 'Copies linked to stored articles.' } }), 'A page of articles; `total` counts all stored articles.'), '400': errorRef('BadRequest') },
      },
      post: {
        operationId: 'ingestArticles',
        summary: 'Ingest articles: one as JSON, many as JSON Lines, or uploaded files.',
        description:
          'Each item is read, checked against stored articles for exact and near copies, analysed and stored. The answer lists what happened to each item; ' +
          'an item that cannot be read is reported as `failed` with its reason while the others go on. Needs `Authorization: Bearer <token>` when the server has a token. ' +
          'The body may not exceed the server\'s limit (5 MB unless configured).',
        tags: ['articles'],
        security: [{ bearer: [] }],
        parameters: [{ name: 'input', in: 'query', description: 'For JSON Lines bodies: the name lines are stored under, as `name:LINE` (default `content`).', schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            [JSON_TYPE]: {
              schema: ref('ArticleInput'),
              examples: {
                text: { summary: 'Plain text with metadata', value: { text: 'Harbour workers in Tessel walked out on Monday…', outlet: 'Tessel Post', publishedAt: '2026-05-04' } },
                url: { summary: 'A page to fetch', value: { url: 'https://news.example/2026/05/04/strike' } },
              },
            },
            ...Object.fromEntries(NDJSON_TYPES.map((type) => [type, { schema: { type: 'string', description: `One JSON object per line with the fields of ArticleInput except \`input\` (${ARTICLE_FIELDS.filter((f) => f !== 'input').join(', ')}). A bad line is reported as failed and the others go on.` } }])),
            [MULTIPART_TYPE]: { schema: { ...UPLOAD, description: `Fields: file (required, repeatable), ${UPLOAD_FIELDS.join(', ')}.` } },
          },
        },
        responses: { '200': json(ref('IngestReport'), 'What happened to each item.'), ...WRITE_ERRORS },
      },
    },
    '/articles/{id}': {
      get: {
        operationId: 'getArticle', summary: 'One article with its layers and the copies linked to it; given a copy\'s id, also the copy.', tags: ['articles'],
        parameters: [idParam('Article or copy id.')],
        responses: {
          '200': json(
            { type: 'object', required: ['article', 'copies'], properties: { article: ref('AnalysisArticle'), copies: { type: 'array', items: ref('Copy') }, copy: { ...ref('Copy'), description: 'Present when the id is a copy\'s.' } } },
            'The article.',
          ),
          '404': errorRef('NotFound'),
        },
      },
    },
    '/entities': {
      get: {
        operationId: 'listEntities', summary: 'Canonical entities across all stored articles, most widely reported first.', tags: ['entities'],
        parameters: [{ name: 'type', in: 'query', description: 'Only this type (PERSON, ORG, GPE, LOC, NORP, MISC).', schema: { type: 'string' } }, ...page('entities')],
        responses: { '200': json(pageOf('entities', ref('Entity')), 'A page of entities.'), '400': errorRef('BadRequest') },
      },
    },
    '/entities/{id}': {
      get: {
        operationId: 'getEntity', summary: 'One canonical entity, by id, canonical name or alias.', tags: ['entities'],
        parameters: [idParam('Entity id, canonical name or alias (case-insensitive).')],
        responses: { '200': json(ref('Entity'), 'The entity.'), '404': errorRef('NotFound') },
      },
    },
    '/quotes': {
      get: {
        operationId: 'listQuotes', summary: 'Stored quotes with their speakers, cues and intermediaries, in ingest order.', tags: ['quotes'],
        parameters: [{ name: 'speaker', in: 'query', description: 'Only this speaker\'s quotes: a name, alias or surname.', schema: { type: 'string' } }, ...page('quotes')],
        responses: { '200': json(pageOf('quotes', ref('Quote')), 'A page of quotes.'), '400': errorRef('BadRequest') },
      },
    },
    '/stories': {
      get: {
        operationId: 'listStories', summary: 'Stories, the most recently updated first.', tags: ['stories'],
        parameters: page('stories'),
        responses: { '200': json(pageOf('stories', ref('StorySummary')), 'A page of stories; `total` counts all stories.'), '400': errorRef('BadRequest') },
      },
    },
    '/stories/{id}': {
      get: {
        operationId: 'getStory',
        summary: 'One story: its articles\' texts, the comparison of its outlets and a cited brief.',
        description: 'Facts corroborated by several outlets or reported by one, conflicting values, quotes matched across outlets with every wording, voices, loaded wording and a timeline; every item cites [start, end) spans of the articles\' texts.',
        tags: ['stories'],
        parameters: [idParam('Story id (`story:…`, or the part after the colon).')],
        responses: {
          '200': json(
            { type: 'object', required: ['story', 'articles', 'comparison', 'brief'], properties: { story: ref('StoryDetail'), articles: { type: 'array', items: ref('StoryArticle') }, comparison: ref('StoryComparison'), brief: ref('Brief') } },
            'The story.',
          ),
          '404': errorRef('NotFound'),
        },
      },
    },
    '/search': {
      get: {
        operationId: 'search', summary: 'Full-text search over titles and bodies, best first.', tags: ['articles'],
        description: 'Words are all required; "quoted phrases" and prefix* work; operators are treated as words.',
        parameters: [{ name: 'q', in: 'query', required: true, description: 'The words to search for.', schema: { type: 'string' } }, ...page('hits')],
        responses: {
          '200': json({ type: 'object', required: ['query', 'limit', 'offset', 'hits'], properties: { query: str(), limit: { type: 'integer' }, offset: { type: 'integer' }, hits: { type: 'array', items: ref('SearchHit') } } }, 'The hits.'),
          '400': errorRef('BadRequest'),
        },
      },
    },
  },
  components: {
    schemas: {
      Span: SPAN,
      PublishedAt: PUBLISHED_AT,
      ArticleInput: ARTICLE_INPUT,
      IngestReport: INGEST_REPORT,
      ArticleSummary: ARTICLE_SUMMARY,
      AnalysisArticle: ANALYSIS_ARTICLE,
      Copy: COPY,
      Entity: ENTITY,
      Quote: { type: 'object', required: ['articleId', 'kind', 'span', 'text', 'speaker', 'cue', 'via'], properties: { articleId: str(), ...QUOTE_PARTS } },
      SearchHit: { type: 'object', required: ['id', 'title', 'outlet', 'snippet', 'score'], properties: { id: str(), title: nullable(str()), outlet: nullable(str()), snippet: str(), score: { type: 'number' } } },
      SourceRef: SOURCE_REF,
      StorySummary: STORY_SUMMARY,
      StoryDetail: STORY_DETAIL,
      StoryArticle: STORY_ARTICLE,
      StoryComparison: COMPARISON,
      Brief: BRIEF,
      Error: ERROR,
    },
    responses: {
      BadRequest: json(ref('Error'), 'The request is malformed (PARALLAX_ERR_BAD_BODY) or a field or query parameter is missing or wrong (PARALLAX_ERR_VALIDATION, naming it in `field`).'),
      Unauthorized: json(ref('Error'), 'The server has a token and the request did not send it as `Authorization: Bearer <token>` (PARALLAX_ERR_UNAUTHORIZED).'),
      NotFound: json(ref('Error'), 'No such id (PARALLAX_ERR_NOT_FOUND, naming it).'),
      TooLarge: json(ref('Error'), 'The body is larger than the server\'s limit (PARALLAX_ERR_BODY_TOO_LARGE).'),
      UnsupportedMediaType: json(ref('Error'), 'The body is not JSON, JSON Lines or multipart/form-data (PARALLAX_ERR_MEDIA_TYPE).'),
    },
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The server\'s token (PARALLAX_TOKEN), required by write endpoints when set.' } },
  },
}
