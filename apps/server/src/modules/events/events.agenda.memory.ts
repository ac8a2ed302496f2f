import type { DbOrTx } from '../../db/client.ts'
import type { ChangeListener } from '../../db/notifications.ts'
import { AgendaColumns } from './events.agenda.columns.ts'
import { AGENDA_COUNT_LIMIT, type AgendaRow, agendaRowsOf } from './events.repository.ts'
import type { AgendaFilters } from './events.schemas.ts'

// The public agenda's list and month view answered from memory (decision 016): the summaries of the published events
// that have not ended or ended at most 33 days ago, kept fresh by the `agenda_changed` notifications the database sends at commit (migration 0019:
// an event's id when it changes, `*` when an organisation's name or an activity's accreditation changes). Before each
// answer a read barrier makes sure every change committed before the request is applied, so the answer is the same as
// the database's. Search (`q`, Dutch stemming) and periods before the horizon are left to the database.

const DAY = 86_400_000
/**
 * Rows kept: events ending at most this long before the load, so the current month's view and a list from its first
 * day (both common) are answered from memory too.
 */
const KEEP_ENDED = 33 * DAY
/** After this long the rows are loaded again with a new horizon (dropping ended events). */
const RELOAD_AFTER = 1 * DAY
/** More changed events than this at once: load everything again. */
const MAX_PARTIAL = 200

export interface AgendaPage {
  items: AgendaRow[]
  total: number
  totalCapped: boolean
}

const compare = (a: AgendaRow, b: AgendaRow) =>
  a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export class AgendaMemory {
  /** Published events ending at or after `horizon`, soonest first (start, then id). */
  private rows: AgendaRow[] = []
  /** The same rows as numbers, for the scan. */
  private columns = new AgendaColumns([])
  private horizon: Date | null = null
  private loadedAt = 0
  private reloadAll = true
  private readonly changed = new Set<string>()
  private work: Promise<void> = Promise.resolve()

  private readonly db: DbOrTx
  private readonly listener: ChangeListener

  constructor(db: DbOrTx, listener: ChangeListener) {
    this.db = db
    this.listener = listener
  }

  /** A notification: an event's id, or `*` for a change that may touch any event. */
  notify(payload: string) {
    if (payload === '*') this.reloadAll = true
    else this.changed.add(payload)
  }

  /** The link to the database was (re)made: changes may have been missed. */
  reset() {
    this.reloadAll = true
  }

  /** A page, or null when memory cannot answer (a search, a period before the horizon, the link is down). */
  async page(
    filters: AgendaFilters,
    range: { from: Date; to: Date | null },
    page: number,
    pageSize: number,
    now: Date,
  ) {
    if (!(await this.ready(filters, range.from, now))) return null
    const skip = (page - 1) * pageSize
    const items: AgendaRow[] = []
    let counted = 0
    const { columns, rows } = this
    const match = columns.matcher(filters, range.from, range.to)
    for (let i = columns.firstCandidate(range.from); match && i < columns.length; i++) {
      if (range.to && columns.startsAtOrAfter(i, range.to)) break
      if (!match(i)) continue
      if (counted >= skip && items.length < pageSize) items.push(rows[i]!)
      counted++
      if (counted > AGENDA_COUNT_LIMIT && items.length === pageSize) break
    }
    return {
      items,
      total: Math.min(counted, AGENDA_COUNT_LIMIT),
      totalCapped: counted > AGENDA_COUNT_LIMIT,
    } satisfies AgendaPage
  }

  /** At most `limit` events overlapping [from, to), soonest first; null when memory cannot answer. */
  async between(filters: AgendaFilters, from: Date, to: Date, limit: number, now: Date) {
    if (!(await this.ready(filters, from, now))) return null
    const found: AgendaRow[] = []
    const { columns, rows } = this
    const match = columns.matcher(filters, from, to)
    for (let i = columns.firstCandidate(from); match && i < columns.length && found.length < limit; i++) {
      if (columns.startsAtOrAfter(i, to)) break
      if (match(i)) found.push(rows[i]!)
    }
    return found
  }

  /** Applies every change committed before now; false when memory cannot answer this question. */
  private async ready(filters: AgendaFilters, from: Date, now: Date) {
    if (filters.q?.trim()) return false
    if (from.getTime() < now.getTime() - KEEP_ENDED) return false
    try {
      await this.listener.sync()
    } catch {
      this.reloadAll = true
      return false
    }
    const done = this.work.then(() => this.catchUp(now))
    this.work = done.catch(() => {
      this.reloadAll = true
    })
    try {
      await done
    } catch {
      return false
    }
    return this.horizon !== null && from.getTime() >= this.horizon.getTime()
  }

  private async catchUp(now: Date) {
    const stale =
      this.reloadAll ||
      this.horizon === null ||
      now.getTime() - this.loadedAt > RELOAD_AFTER ||
      now.getTime() < this.loadedAt ||
      this.changed.size > MAX_PARTIAL
    if (stale) {
      this.reloadAll = false
      this.changed.clear()
      const horizon = new Date(now.getTime() - KEEP_ENDED)
      this.rows = (await agendaRowsOf(this.db, { endsFrom: horizon })).map((row) => Object.freeze(row))
      this.columns = new AgendaColumns(this.rows)
      this.horizon = horizon
      this.loadedAt = now.getTime()
      return
    }
    if (this.changed.size === 0) return
    const ids = [...this.changed]
    this.changed.clear()
    const fresh = await agendaRowsOf(this.db, { ids })
    const gone = new Set(ids)
    const horizon = this.horizon!.getTime()
    const kept = this.rows.filter((row) => !gone.has(row.id))
    for (const row of fresh.map((changed) => Object.freeze(changed))) {
      if (row.state !== 'published' || row.endsAt.getTime() < horizon) continue
      let low = 0
      let high = kept.length
      while (low < high) {
        const mid = (low + high) >>> 1
        if (compare(kept[mid]!, row) < 0) low = mid + 1
        else high = mid
      }
      kept.splice(low, 0, row)
    }
    this.rows = kept
    this.columns = new AgendaColumns(kept)
  }
}
