// Words of time expressions and the regular-expression fragments the rules are written with.
import type { PartOfDay, Season } from './timex-meaning.js'

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
}

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}

/** A left edge: not inside a word, a number or a hyphenated name ("COVID-19", "G7", "2882015"). */
export const L = `(?<![\\p{L}\\p{N}_'’/.$£€#])(?<!(?<!(?:mid|late|early|pre|post))-)`
/** A right edge: not followed by more of a word or number. */
export const R = `(?![\\p{L}\\p{N}_]|[-/]\\p{N}|[.,]\\p{N}|%)`

export const WEEKDAY = `(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\\.)`
/** Month names; abbreviations need their dot here (a bare "Jan" is more often a name). */
export const MONTH_NAME = `(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.)`
/** Before a day number an abbreviation may drop its dot ("Aug 7"). */
export const MONTH_BEFORE_DAY = `(?:${MONTH_NAME}|(?:jan|feb|apr|aug|sept?|oct|nov|dec))`
export const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`
export const YEAR4 = `(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})`

export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'AF',
}

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' }

/** Units of duration with their TIMEX3 letter; time units go after the T. */
export const UNITS: Record<string, { letter: string; time?: boolean; factor?: number }> = {
  second: { letter: 'S', time: true }, sec: { letter: 'S', time: true },
  minute: { letter: 'M', time: true }, min: { letter: 'M', time: true },
  hour: { letter: 'H', time: true }, hr: { letter: 'H', time: true },
  day: { letter: 'D' }, night: { letter: 'D' },
  week: { letter: 'W' }, fortnight: { letter: 'W', factor: 2 },
  month: { letter: 'M' }, quarter: { letter: 'Q' },
  year: { letter: 'Y' }, decade: { letter: 'Y', factor: 10 }, century: { letter: 'Y', factor: 100 },
  millennium: { letter: 'Y', factor: 1000 },
}

export const UNIT_WORD = `(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))`
/** Units of a calendar (for "next week", "last year"). */
export const CALENDAR_UNIT = `(?:week|weekend|month|quarter|year|decade|century)`

/** The singular form of a unit word. */
export function unitOf(word: string): string {
  const w = word.toLowerCase()
  if (w === 'centuries') return 'century'
  if (w.startsWith('millenni')) return 'millennium'
  if (w === 'secs' || w === 'sec') return 'second'
  if (w === 'mins' || w === 'min') return 'minute'
  if (w === 'hrs' || w === 'hr') return 'hour'
  return w.replace(/s$/, '')
}

export const HOLIDAYS: Record<string, string> = {
  christmas: 'christmas', 'christmas day': 'christmas', 'christmas eve': 'christmas eve', 'boxing day': 'boxing day',
  "new year's day": 'new year', 'new year’s day': 'new year', "new year's eve": "new year's eve", 'new year’s eve': "new year's eve",
  thanksgiving: 'thanksgiving', 'thanksgiving day': 'thanksgiving', 'independence day': 'independence day',
  halloween: 'halloween', "valentine's day": "valentine's day", 'valentine’s day': "valentine's day",
  'labor day': 'labor day', 'memorial day': 'memorial day', 'easter': 'easter', 'easter sunday': 'easter',
  'easter monday': 'easter monday', 'good friday': 'good friday', 'bastille day': 'bastille day',
  'veterans day': 'veterans day', "veterans' day": 'veterans day', 'armistice day': 'armistice day',
  'martin luther king day': 'martin luther king day', 'election day': 'election day',
}
export const HOLIDAY = `(?:christmas(?: day| eve)?|boxing day|new year['’]s(?: day| eve)|thanksgiving(?: day)?|independence day|halloween|valentine['’]s day|labor day|memorial day|easter(?: sunday| monday)?|good friday|bastille day|veterans['’]? day|armistice day|martin luther king day|election day)`

export const monthNumber = (word: string): number | undefined => MONTHS[word.toLowerCase().replace(/\.$/, '')]
export const weekdayNumber = (word: string): number | undefined => WEEKDAYS[word.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '')]
