/**
 * Ledger data for `bench/points.ts`, generated inside PostgreSQL: per current (open) cycle `perCycle` bookings,
 * dated inside the cycle up to today, in the three categories, 1–7 points each, from 20,000 activities (so some
 * registrants meet an activity twice and the cap per activity matters). Deterministic (hashint8extended).
 */
import type pg from 'pg'
import { query } from './postgres.ts'

export interface LedgerReport {
  entries: number
  seconds: number
}

const hash = (k: number) => `abs(hashint8extended(c.k * 64 + g, ${k}))`

export async function generateLedger(client: pg.Client, perCycle: number): Promise<LedgerReport> {
  const started = performance.now()
  await client.query('set session_replication_role = replica').catch(() => {})
  const result = await client.query(
    `insert into points_ledger (registration_id, cycle_id, category, points, activity_date, source, source_id,
                                activity_key, reference, booked_at)
     select c.registration_id, c.id,
            (array['training', 'reflection', 'free-choice'])[1 + (${hash(1)} % 3)::int],
            1 + (${hash(2)} % 13) / 2.0,
            c.start_date + (${hash(3)} % c.days)::int,
            'attendance', gen_random_uuid(),
            'activity:' || (${hash(4)} % 20000),
            'A-2026-' || lpad(((${hash(4)} % 20000) + 1)::text, 5, '0') || ' · Benchmarkactiviteit',
            now()
       from (select id, registration_id, start_date,
                    greatest(1, least(current_date, coalesce(postponed_until, end_date)) - start_date + 1) as days,
                    row_number() over (order by id) as k
               from registration_cycles
              where closed_at is null) c
      cross join generate_series(1, $1::int) g`,
    [perCycle],
  )
  await client.query('set session_replication_role = origin').catch(() => {})
  // What autovacuum does after this many inserts anyway: statistics and the visibility map, so the standing's
  // index-only scan needs no heap page (an append-only table stays all-visible once vacuumed).
  await client.query('vacuum (analyze) points_ledger')
  return { entries: result.rowCount ?? 0, seconds: (performance.now() - started) / 1000 }
}

/**
 * An accredited activity of the demo provider "Hogeschool Utrecht" with a run a week ago, and `rows` distinct
 * registration numbers of registered people whose current cycle includes that day: the content of the CSV.
 */
export async function prepareImportRun(databaseUrl: string, rows: number) {
  const [run] = await query<{ id: string }>(
    databaseUrl,
    `with provider as (select id from organisations where name = 'Hogeschool Utrecht' limit 1),
          submitter as (select m.user_id from memberships m join provider p on p.id = m.organisation_id
                         where m.role = 'provider_staff' limit 1),
          activity as (
            insert into activities (public_id, provider_organisation_id, title, description, learning_goals, format,
                                    net_hours, requested_category, state, submitted_by_id, points, category,
                                    valid_from, valid_until, decided_at)
            select 'A-BENCH-' || substr(md5(random()::text), 1, 8), p.id, 'Benchmark: grote bijeenkomst',
                   'Benchmark', 'Benchmark', 'congress', 4, 'training', 'accredited', s.user_id, 4, 'training',
                   current_date - 30, current_date + 335, now()
              from provider p, submitter s
            returning id, submitted_by_id)
     insert into activity_runs (activity_id, starts_on, ends_on, location, online, created_by_id)
     select id, current_date - 7, current_date - 7, 'Jaarbeurs, Utrecht', false, submitted_by_id from activity
     returning id`,
  )
  if (!run) throw new Error('no demo provider Hogeschool Utrecht with provider staff to make a run for')
  const numbers = (
    await query<{ n: string }>(
      databaseUrl,
      `select r.registration_number as n
         from registrations r
         join registration_cycles c on c.registration_id = r.id and c.closed_at is null
        where r.status = 'registered' and c.start_date <= current_date - 7
          and coalesce(c.postponed_until, c.end_date) >= current_date - 7
        order by random() limit $1`,
      [rows],
    )
  ).map((r) => r.n)
  return { runId: run.id, numbers }
}
