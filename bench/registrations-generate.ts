/**
 * Bulk generation of registrations for `bench/registrations.ts`, on a migrated and seeded PostgreSQL database.
 * Everything row-by-row happens inside PostgreSQL (`generate_series` + `INSERT … SELECT`); Node only sends the
 * name catalogue (a few thousand names, each with `normalizeSurname` from register.rules.ts). Per row the
 * choices come from `hashint8extended(i, k)`, so a run is deterministic and needs no random() state.
 */
import type pg from 'pg'
import { givenCatalogue, surnameCatalogue } from './registrations-data.ts'

const SLOTS = 1_000_000
const CITIES = `Amsterdam, Rotterdam, Den Haag, Eindhoven, Groningen, Almere, Breda, Nijmegen, Apeldoorn, Arnhem,
Haarlem, Enschede, Amersfoort, Zaanstad, Haarlemmermeer, 's-Hertogenbosch, Zoetermeer, Leiden, Maastricht,
Dordrecht, Ede, Alphen aan den Rijn, Westland, Alkmaar, Emmen, Delft, Venlo, Deventer, Sittard-Geleen, Helmond,
Oss, Hilversum, Heerlen, Súdwest-Fryslân, Leeuwarden, Lelystad, Purmerend, Roosendaal, Schiedam, Vlaardingen`
  .split(',')
  .map((s) => s.trim())

/** uniform(k): a number in [0, 1) that depends only on the row number and k. */
const uniform = (k: number) => `((abs(hashint8extended(g, ${k})) % 1000000) / 1000000.0)`
const pick = (k: number, n: string) => `(abs(hashint8extended(g, ${k})) % ${n})`

export interface GenerationReport {
  generated: number
  total: number
  steps: { step: string; seconds: number }[]
  seconds: number
}

/** Adds registrations (and their users, cycles and status history) until the table holds `target` rows. */
export async function generateRegistrations(client: pg.Client, target: number): Promise<GenerationReport> {
  const steps: GenerationReport['steps'] = []
  const started = performance.now()
  const step = async (name: string, sql: string, values: unknown[] = []) => {
    const t0 = performance.now()
    await client.query(sql, values)
    steps.push({ step: name, seconds: (performance.now() - t0) / 1000 })
  }
  const existing = Number((await client.query('select count(*) from registrations')).rows[0].count)
  const n = target - existing
  if (n <= 0) return { generated: 0, total: existing, steps, seconds: 0 }

  await client.query(`set maintenance_work_mem = '512MB'`)
  await client.query('set work_mem = 65536') // 64 MB, for the numbering sort
  // Triggers off for this session only (superuser): foreign keys are consistent by construction, and what
  // other triggers do is done below in bulk.
  await client.query('set session_replication_role = replica').catch(() => {})

  // The name catalogue, spread over SLOTS slots by weight: a row picks slot hash(i) mod SLOTS.
  const names = surnameCatalogue()
  const given = givenCatalogue()
  const givenTotal = given.reduce((sum, g) => sum + g.weight, 0)
  const nameSlots = names.map((e) => Math.max(1, Math.round(e.weight * SLOTS)))
  const givenSlots = given.map((g) => Math.max(1, Math.round((g.weight / givenTotal) * SLOTS)))
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0)
  await step(
    'name catalogue',
    `create temp table bench_names as
       select * from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[])
         as t(id, infix, surname, surname_search, slots)`,
    [
      names.map((_, i) => i),
      names.map((e) => e.infix),
      names.map((e) => e.surname),
      names.map((e) => e.surnameSearch),
      nameSlots,
    ],
  )
  await step(
    'given-name catalogue',
    `create temp table bench_given as
       select * from unnest($1::int[], $2::text[], $3::text[], $4::int[]) as t(id, given_name, initials, slots)`,
    [given.map((_, i) => i), given.map((g) => g.givenName), given.map((g) => g.initials), givenSlots],
  )
  await step(
    'slots',
    `create temp table bench_name_slots as
       select (row_number() over (order by id) - 1)::int as slot, id from bench_names, generate_series(1, slots);
     create temp table bench_given_slots as
       select (row_number() over (order by id) - 1)::int as slot, id from bench_given, generate_series(1, slots);
     alter table bench_name_slots add primary key (slot);
     alter table bench_given_slots add primary key (slot);`,
  )

  // Employers: the seeded organisations plus forty municipalities.
  await step(
    'organisations',
    `insert into organisations (name, kind, city)
       select 'Gemeente ' || city, 'municipality', city from unnest($1::text[]) as city`,
    [CITIES],
  )
  await step(
    'employers',
    `create temp table bench_employers as
       select (row_number() over (order by id) - 1)::int as idx, id from organisations where kind = 'municipality';
     alter table bench_employers add primary key (idx)`,
  )

  // Plain indexes are dropped during the load and rebuilt afterwards from their own definitions (faster than
  // maintaining them row by row); indexes behind constraints (primary keys, unique) stay.
  const tables = ['users', 'registrations', 'registration_cycles', 'registration_status_changes']
  const { rows: plainIndexes } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class t on t.oid = i.indrelid
      where t.relname = any($1) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [tables],
  )
  for (const index of plainIndexes) await client.query(`drop index ${index.name}`)

  await step(
    'people (attributes of every new registration)',
    `create temp table bench_people as
     with base as (
       select g, ${pick(1, String(sum(nameSlots)))}::int as name_slot,
         ${pick(2, String(sum(givenSlots)))}::int as given_slot,
         ${uniform(3)} as u_register, ${uniform(4)} as u_status, ${uniform(5)} as u_employer,
         ${uniform(6)} as u_show, ${uniform(7)} as u_age, ${uniform(8)} as u_measure,
         ${pick(9, '1000000')} as h_pick
       from generate_series(1, ${n}) g),
     typed as (
       select base.*,
         case when u_register < 0.92 then 'klantmanagers' else 'participatiecoaches' end as slug,
         case when u_status < 0.02 then 'candidate' when u_status < 0.025 then 'rejected'
              when u_status < 0.035 then 'removed' when u_status < 0.04 then 'suspended'
              when u_status < 0.09 then 'lapsed' else 'registered' end as status
       from base),
     people as (
     select t.g, md5('u' || t.g)::uuid as user_id, md5('r' || t.g)::uuid as registration_id,
       r.id as register_id, r.cycle_years, r.professions[1 + t.h_pick % cardinality(r.professions)] as profession,
       t.status, nm.infix, nm.surname, nm.surname_search, gv.given_name, gv.initials,
       case when t.u_employer >= 0.05 then e.id end as employer_id,
       t.u_employer < 0.05 as self_employed,
       t.u_show < 0.35 and t.u_employer >= 0.05 as show_employer,
       case when t.status in ('candidate', 'rejected') then null
            when t.status = 'lapsed'
              then current_date - (r.cycle_years * 366 + 30 + floor(6000 * t.u_age))::int
            else current_date - (30 + floor(9000 * t.u_age ^ 1.5))::int end as registered_since,
       t.u_measure
     from typed t
     join registers r on r.slug = t.slug
     join bench_name_slots ns on ns.slot = t.name_slot join bench_names nm on nm.id = ns.id
     join bench_given_slots gs on gs.slot = t.given_slot join bench_given gv on gv.id = gs.id
     join bench_employers e on e.idx = t.h_pick % (select count(*) from bench_employers))
     -- Numbers in order of registration per register; the cycles up to today (a lapsed one: up to its lapse).
     select p.*,
       case when p.registered_since is not null then row_number() over (
         partition by p.register_id, p.registered_since is null order by p.registered_since, p.g) end as number_seq,
       case when p.registered_since is null then 0
            when p.status = 'lapsed'
              then extract(year from age(current_date, p.registered_since))::int / p.cycle_years
            else extract(year from age(current_date, p.registered_since))::int / p.cycle_years + 1 end as cycles
     from people p`,
  )

  await step(
    'users',
    `insert into users (id, email, password_hash, given_name, family_name, email_verified_at, created_at, updated_at)
     select user_id, 'deelnemer' || g || '@bench.vakregister.test', '!not-a-password-hash', given_name,
       trim(infix || ' ' || surname), now(), now(), now()
     from bench_people`,
  )
  await step(
    'registrations',
    `insert into registrations (id, register_id, user_id, registration_number, status, profession,
       employer_organisation_id, self_employed, show_employer_publicly, initials, infix, surname, surname_search,
       registered_since, created_at, updated_at)
     select p.registration_id, p.register_id, p.user_id,
       case when p.number_seq is not null
         then r.number_prefix || '-' || lpad((c.next_value - 1 + p.number_seq)::text, 6, '0') end,
       p.status, p.profession, p.employer_id, p.self_employed, p.show_employer, p.initials, p.infix, p.surname,
       p.surname_search, p.registered_since,
       coalesce(p.registered_since - 21, current_date - (p.g % 60)::int)::timestamptz + interval '9 hours', now()
     from bench_people p join registers r on r.id = p.register_id
     join registration_number_counters c on c.register_id = p.register_id`,
  )
  await step(
    'cycles',
    `insert into registration_cycles (registration_id, number, start_date, end_date, postponed_until, closed_at)
     select p.registration_id, k,
       (p.registered_since + make_interval(years => (k - 1) * p.cycle_years))::date,
       (p.registered_since + make_interval(years => k * p.cycle_years))::date - 1,
       case when k = p.cycles and p.status = 'registered' and p.u_measure < 0.01
         then (p.registered_since + make_interval(years => k * p.cycle_years, months => 6))::date end,
       case when k < p.cycles or p.status = 'lapsed'
         then ((p.registered_since + make_interval(years => k * p.cycle_years))::date)::timestamptz end
     from bench_people p, generate_series(1, p.cycles) k`,
  )
  await step(
    'status history',
    `insert into registration_status_changes
       (registration_id, action, from_status, to_status, effective_date, reason, actor_id, confirmed_by_id,
        decided_at, public_until)
     select p.registration_id, h.action, h.from_status, h.to_status, h.effective_date, h.reason,
       case when h.action = 'remove' then staff.first end, case when h.action = 'remove' then staff.second end,
       h.effective_date + interval '10 hours', h.public_until
     from bench_people p
     cross join (select (array_agg(id order by id))[1] as first, (array_agg(id order by id))[2] as second
                   from users where 'register_office' = any(staff_roles)) staff
     cross join lateral (
       select 'apply' as action, null as from_status, 'candidate' as to_status,
              coalesce(p.registered_since - 21, current_date - (p.g % 60)::int) as effective_date,
              '' as reason, null::date as public_until
       union all
       select 'approve', 'candidate', 'registered', p.registered_since, '', null
        where p.registered_since is not null
       union all
       select 'reject', 'candidate', 'rejected', current_date - (p.g % 30)::int, 'Diploma voldoet niet.', null
        where p.status = 'rejected'
       union all
       select 'suspend', 'registered', 'suspended', current_date - floor(400 * p.u_measure)::int,
              'Tuchtrechtelijke maatregel: schorsing.', current_date - floor(400 * p.u_measure)::int + 183
        where p.status = 'suspended'
       union all
       select 'lapse', 'registered', 'lapsed',
              (p.registered_since + make_interval(years => p.cycles * p.cycle_years))::date,
              'Einde van de registratieperiode zonder herregistratie.', null
        where p.status = 'lapsed'
       union all
       select 'remove', 'registered', 'removed', current_date - floor(700 * p.u_measure)::int,
              'Doorhaling na tuchtrechtelijke uitspraak.', current_date - floor(700 * p.u_measure)::int + 365
        where p.status = 'removed') h`,
  )
  await step(
    'number counters',
    `update registration_number_counters c
        set next_value = greatest(c.next_value, (select coalesce(max(p.number_seq), 0) from bench_people p
                                                   where p.register_id = c.register_id) + c.next_value)`,
  )
  for (const index of plainIndexes) await step(`index ${index.name}`, index.definition)
  await client.query('set session_replication_role = origin').catch(() => {})
  // What the skipped triggers would have done: the list of distinct surnames, where the schema has one.
  const [{ dictionary }] = (await client.query(`select to_regclass('registration_surnames') is not null as dictionary`))
    .rows as [{ dictionary: boolean }]
  if (dictionary) {
    await step(
      'registration_surnames',
      `insert into registration_surnames (surname_search) select distinct surname_search from bench_people
       on conflict do nothing`,
    )
  }
  await step('analyze', 'analyze') // the whole database: statistics as after a day of autovacuum
  for (const table of [
    'bench_people',
    'bench_names',
    'bench_given',
    'bench_name_slots',
    'bench_given_slots',
    'bench_employers',
  ]) {
    await client.query(`drop table if exists ${table}`)
  }
  const total = Number((await client.query('select count(*) from registrations')).rows[0].count)
  return { generated: n, total, steps, seconds: (performance.now() - started) / 1000 }
}
