// Loaded wording: words that carry the writer's judgement rather than report, written by hand from
// style guides' lists of words to avoid in news copy (emotive verbs of saying, labels, intensifiers).
// A word here is not wrong in itself; parallax shows where an outlet uses it in its own voice.

export const LOADED_WORDS: Readonly<Record<string, string>> = {
  slammed: 'emotive verb of saying', slams: 'emotive verb of saying', blasted: 'emotive verb of saying', blasts: 'emotive verb of saying',
  lashed: 'emotive verb of saying', ripped: 'emotive verb of saying', admitted: 'presumes guilt', admits: 'presumes guilt',
  claimed: 'casts doubt', claims: 'casts doubt', insisted: 'casts doubt', conceded: 'presumes fault', boasted: 'judgement of tone',
  bragged: 'judgement of tone', snubbed: 'judgement of intent', snubs: 'judgement of intent',
  regime: 'label', thugs: 'label', terrorists: 'label', extremists: 'label', radical: 'label', radicals: 'label', militants: 'label',
  bullies: 'label', dictator: 'label', despot: 'label', tyrant: 'label', mob: 'label', hardline: 'label', hardliners: 'label',
  chaos: 'intensifier', chaotic: 'intensifier', catastrophic: 'intensifier', disastrous: 'intensifier', shocking: 'intensifier',
  outrage: 'intensifier', outrageous: 'intensifier', furious: 'intensifier', fury: 'intensifier', devastating: 'intensifier',
  horrific: 'intensifier', brutal: 'intensifier', crisis: 'intensifier', disgraceful: 'intensifier', humiliating: 'intensifier',
  humiliation: 'intensifier', stunning: 'intensifier', dramatic: 'intensifier', massive: 'intensifier', huge: 'intensifier',
  soaring: 'intensifier', plunging: 'intensifier', plunged: 'intensifier', skyrocketed: 'intensifier', collapse: 'intensifier',
  'land grab': 'label', 'so-called': 'distancing', notorious: 'judgement', infamous: 'judgement',
  controversial: 'judgement', embattled: 'judgement', beleaguered: 'judgement', defiant: 'judgement of tone', frustrated: 'mind-reading',
  desperate: 'mind-reading', rotten: 'judgement', punitive: 'judgement',
}
