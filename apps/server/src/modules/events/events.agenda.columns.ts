import type { AgendaRow } from './events.repository.ts'
import { MAX_EVENT_DAYS } from './events.rules.ts'
import type { AgendaFilters } from './events.schemas.ts'
import { EVENT_TYPES, PROVINCES } from './events.tables.ts'

// The agenda's rows in memory as columns of numbers (typed arrays), so a filtered list scans thousands of events in
// tens of microseconds: what events.agenda.memory.ts filters on, in the order of its rows. Rebuilt whenever the rows
// change (a few milliseconds for 13,000 events).

const DAY = 86_400_000
const NONE = 255
const codeOf = (list: readonly string[], value: string | null) => (value === null ? NONE : list.indexOf(value))

export class AgendaColumns {
  readonly length: number
  private readonly start: Float64Array
  private readonly end: Float64Array
  private readonly type: Uint8Array
  private readonly province: Uint8Array
  private readonly online: Uint8Array
  private readonly accredited: Uint8Array
  /** NaN where the event has no accredited activity. */
  private readonly points: Float64Array
  private readonly organisation: Int32Array
  private readonly organisations = new Map<string, number>()

  constructor(rows: readonly AgendaRow[]) {
    const n = rows.length
    this.length = n
    this.start = new Float64Array(n)
    this.end = new Float64Array(n)
    this.type = new Uint8Array(n)
    this.province = new Uint8Array(n)
    this.online = new Uint8Array(n)
    this.accredited = new Uint8Array(n)
    this.points = new Float64Array(n)
    this.organisation = new Int32Array(n)
    rows.forEach((row, i) => {
      this.start[i] = row.startsAt.getTime()
      this.end[i] = row.endsAt.getTime()
      this.type[i] = codeOf(EVENT_TYPES, row.type)
      this.province[i] = codeOf(PROVINCES, row.province)
      this.online[i] = row.online ? 1 : 0
      this.accredited[i] = row.accreditedActivityId === null ? 0 : 1
      this.points[i] = row.points ?? Number.NaN
      let organisation = this.organisations.get(row.organisationId)
      if (organisation === undefined) {
        organisation = this.organisations.size
        this.organisations.set(row.organisationId, organisation)
      }
      this.organisation[i] = organisation
    })
  }

  /** The first index whose event may overlap `from`: events last at most MAX_EVENT_DAYS. */
  firstCandidate(from: Date) {
    const earliest = from.getTime() - MAX_EVENT_DAYS * DAY
    let low = 0
    let high = this.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.start[mid]! < earliest) low = mid + 1
      else high = mid
    }
    return low
  }

  /** Whether the event at `i` starts at or after `to` (the rows are in start order: the scan can stop). */
  startsAtOrAfter(i: number, to: Date) {
    return this.start[i]! >= to.getTime()
  }

  /**
   * The agenda's conditions (events.repository.ts `agendaWhere`, without `q`) as a test of an index; null when
   * nothing can match (an organisation, type or province no event here has).
   */
  matcher(filters: AgendaFilters, from: Date, to: Date | null): ((i: number) => boolean) | null {
    const fromMs = from.getTime()
    const earliest = fromMs - MAX_EVENT_DAYS * DAY
    const toMs = to === null ? Number.POSITIVE_INFINITY : to.getTime()
    const type = filters.type === undefined ? -1 : EVENT_TYPES.indexOf(filters.type)
    const province = filters.province === undefined ? -1 : (PROVINCES as readonly string[]).indexOf(filters.province)
    const online = filters.online === undefined ? -1 : filters.online ? 1 : 0
    const accredited = filters.accredited === undefined ? -1 : filters.accredited ? 1 : 0
    const minPoints = filters.minPoints ?? Number.NEGATIVE_INFINITY
    const checkPoints = filters.minPoints !== undefined
    const organisation =
      filters.organisationId === undefined ? -1 : (this.organisations.get(filters.organisationId) ?? -2)
    // A value no event here has: nothing matches.
    if (
      organisation === -2 ||
      (filters.type !== undefined && type < 0) ||
      (filters.province !== undefined && province < 0)
    )
      return null
    const { start, end } = this
    return (i) =>
      end[i]! >= fromMs &&
      start[i]! >= earliest &&
      start[i]! < toMs &&
      (type === -1 || this.type[i] === type) &&
      (province === -1 || this.province[i] === province) &&
      (online === -1 || this.online[i] === online) &&
      (accredited === -1 || this.accredited[i] === accredited) &&
      (!checkPoints || this.points[i]! >= minPoints) &&
      (organisation === -1 || this.organisation[i] === organisation)
  }
}
