// What a time expression means before it is anchored: the rules produce these, the resolver turns them into TIMEX3 values.

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/** Calendar units a relative expression counts in. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century'

/** TIMEX3 mod: which part of the period, or how a count is bounded. */
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI'

export type Season = 'SP' | 'SU' | 'FA' | 'WI'

/**
 * How a year left out of the text is chosen: `offset` years from the anchor's year, or by the tense
 * of the governing verb when `offset` is absent.
 */
export interface YearRef {
  year?: number
  offset?: number
}

export type Meaning =
  /** A value that needs no anchor: "June 2021", "2021", "PAST_REF", "P2M". */
  | { kind: 'fixed'; value: string }
  /** A calendar date or month with the year missing or given: "August 28", "May", "last October". */
  | { kind: 'date'; month: number; day?: number; year: YearRef; shift?: -1 | 1; weekday?: number }
  /** A weekday: "Friday" (by tense), "last Friday" (shift -1), "next Friday" (shift 1), "this Friday" (shift 0). */
  | { kind: 'weekday'; weekday: number; shift: -1 | 0 | 1 | null; part?: PartOfDay }
  /** "the weekend" (by tense), "this weekend" (0); "last/next weekend" are relative weeks. */
  | { kind: 'weekend'; shift: 0 | null }
  /** `offset` units from the anchor's unit: "yesterday" (day -1), "next week" (week +1), "two years ago" (year -2). */
  | { kind: 'relative'; unit: CalendarUnit; offset: number; part?: PartOfDay }
  /** A quarter or half of a year: "the third quarter", "the first half of 2025". */
  | { kind: 'quarter'; quarter: number; year: YearRef; half?: boolean }
  | { kind: 'season'; season: Season; year: YearRef }
  /** A holiday on a fixed or computed day of the year. */
  | { kind: 'holiday'; name: string; year: YearRef }
  /** A clock time, on a day the text names or on the anchor's day. */
  | { kind: 'time'; hour: number; minute: number; day?: Meaning }
  /** A reference that depends on the tense: "later" (PAST_REF in the past, FUTURE_REF ahead). */
  | { kind: 'tensed-ref' }
  /** "a year earlier" in a report about a quarter: the same quarter a year before (financial news). */
  | { kind: 'year-before-period'; years: number }
  /** "the 1988 period": the quarter the text is about, in the year given. */
  | { kind: 'period-of-year'; year: number }
