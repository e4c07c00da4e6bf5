// The cue lexicon: verbs and phrases that attribute words to a speaker. Quotes reads it to find attributions;
// coreference reads it to know who is speaking (the speaker of the last quote is the likeliest "he").
//
// Classes:
//   speech  — the subject said the content: said, says, told, added, argued, stressed, warned, insisted, noted,
//             claimed, denied, wrote, posted, tweeted, announced, explained, …
//   relay   — the subject passes on someone else's words: "Interfax quoted him as saying", "The Times reported
//             that Trump told …", "cited"; the subject becomes the quote's `via`.
//   naming  — "X called the attacks “disgusting”", "X described the talks as “useful”": only the quoted words
//             (or, for "described … as", the complement) are the content.
// "according to X" is a cue too; it is matched as a phrase, not through this table.

export type CueClass = 'speech' | 'relay' | 'naming'

interface CueVerb {
  lemma: string
  cueClass: CueClass
  /** Takes an addressee before its content ("told reporters that …"). */
  addressee?: boolean
}

// Every form written out: irregular verbs and doubled consonants make rules less readable than the list.
const FORMS: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  note: ['note', 'notes', 'noted', 'noting'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  post: ['post', 'posts', 'posted', 'posting'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  state: ['states', 'stated', 'stating'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  estimate: ['estimates', 'estimated'],
  boast: ['boast', 'boasts', 'boasted', 'boasting'],
  joke: ['joke', 'jokes', 'joked', 'joking'],
  continue: ['continued'],
  observe: ['observed'],
  remark: ['remark', 'remarks', 'remarked'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  counter: ['countered'],
  agree: ['agreed', 'agrees'],
  hint: ['hinted', 'hints'],
  signal: ['signalled', 'signaled', 'signals'],
  indicate: ['indicated', 'indicates'],
  testify: ['testified', 'testifies'],
  report: ['report', 'reports', 'reported', 'reporting'],
  quote: ['quote', 'quotes', 'quoted', 'quoting'],
  cite: ['cite', 'cites', 'cited', 'citing'],
  call: ['call', 'calls', 'called', 'calling'],
  describe: ['describe', 'describes', 'described', 'describing'],
  label: ['labelled', 'labeled', 'labels'],
  dub: ['dubbed', 'dubs'],
  brand: ['branded', 'brands'],
}

const VERBS: readonly CueVerb[] = [
  ...['say', 'add', 'argue', 'stress', 'warn', 'insist', 'note', 'claim', 'deny', 'write', 'post', 'tweet', 'announce',
    'explain', 'acknowledge', 'admit', 'concede', 'confirm', 'declare', 'state', 'suggest', 'ask', 'reply', 'respond',
    'recall', 'predict', 'promise', 'pledge', 'vow', 'assert', 'contend', 'emphasise', 'reiterate', 'complain',
    'allege', 'estimate', 'boast', 'joke', 'continue', 'observe', 'remark', 'caution', 'counter', 'agree',
    'hint', 'signal', 'indicate', 'testify'].map((lemma) => ({ lemma, cueClass: 'speech' as const })),
  { lemma: 'tell', cueClass: 'speech', addressee: true },
  { lemma: 'urge', cueClass: 'speech', addressee: true },
  { lemma: 'report', cueClass: 'relay' },
  { lemma: 'quote', cueClass: 'relay' },
  { lemma: 'cite', cueClass: 'relay' },
  { lemma: 'call', cueClass: 'naming' },
  { lemma: 'describe', cueClass: 'naming' },
  { lemma: 'label', cueClass: 'naming' },
  { lemma: 'dub', cueClass: 'naming' },
  { lemma: 'brand', cueClass: 'naming' },
]

const BY_FORM = new Map<string, CueVerb>()
for (const verb of VERBS) for (const form of FORMS[verb.lemma] ?? []) BY_FORM.set(form, verb)

/** The cue verb a word is a form of, or undefined. */
export function cueVerb(word: string): CueVerb | undefined {
  return BY_FORM.get(word.toLowerCase())
}

/** Verbs that may introduce a quote on their own, before or after it ("he said", "said Ushakov"). */
export function isSpeechForm(word: string): boolean {
  const verb = cueVerb(word)
  return verb?.cueClass === 'speech' || verb?.lemma === 'quote'
}

/** Audiences after "told": they are addressees, not the content ("told reporters", "told the BBC"). */
export const ADDRESSEE_MAX_TOKENS = 6

/**
 * Platforms and channels that may follow a cue ("posted on X", "said in a statement", "in his nightly address"):
 * they belong to the cue, not the content.
 */
export const CUE_CHANNEL = /^(?:in|on|during|at|via|through)\s+(?:(?:a|an|the|his|her|their|its|a\s+\w+)\s+)?(?:[\w’'-]+\s+){0,3}?(?:statement|note|interview|address|speech|post|posting|tweet|blog|broadcast|briefing|conference|letter|message|video|podcast|op-ed|column|report|memo|email|remarks|filing|televised\s+address|X|Twitter|Facebook|Telegram|Instagram|TikTok|YouTube|Truth\s+Social|social\s+media|television|radio|press\s+conference)\b/i
