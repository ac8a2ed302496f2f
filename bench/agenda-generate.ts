/**
 * Agenda data for `bench/agenda.ts`, generated inside PostgreSQL: `count` events of the demo's providers (and of
 * municipalities' own academies), from six months ago to eighteen months ahead, shaped like the demo agenda: five
 * types (many lectures and trainings, few congresses), a quarter online, the rest in a province weighted by people,
 * a third linked to an accredited activity (so they carry points), 3 % cancelled. Titles and descriptions are
 * composed from Dutch phrases of the field, so the Dutch full-text search has real words to find. Deterministic
 * (hashint8extended of the row number).
 */
import type pg from 'pg'

export interface AgendaReport {
  events: number
  upcoming: number
  seconds: number
}

const TOPICS = [
  'Motiverende gespreksvoering',
  'Schulden en bestaanszekerheid',
  'Werken met statushouders',
  'De Participatiewet in de praktijk',
  'Jongeren zonder startkwalificatie',
  'Wajong en werk',
  'Handhaving met menselijke maat',
  'Inkomensondersteuning en toeslagen',
  'Oplossingsgericht coachen',
  'Werkgeversdienstverlening',
  'Laaggeletterdheid herkennen',
  'Psychische kwetsbaarheid en werk',
  'Re-integratie na lang verzuim',
  'Armoede en gezondheid',
  'Taal en inburgering',
  'Beschut werk en banenafspraak',
  'Vroegsignalering van schulden',
  'Privacy in het sociaal domein',
  'Methodisch werken met casussen',
  'Intervisie leiden',
]
const FORMS = [
  'een verdieping',
  'voor de praktijk',
  'wat werkt?',
  'nieuwe inzichten uit onderzoek',
  'met ervaringsdeskundigen',
  'in de regio',
  'voor beginners',
  'voor gevorderden',
]
const SENTENCES = [
  'Je oefent met gesprekken uit je eigen praktijk en krijgt feedback van een trainer.',
  'Onderzoekers delen wat bekend is over de werkzaamheid van deze aanpak.',
  'We bespreken casussen van klantmanagers uit verschillende gemeenten.',
  'Na afloop weet je hoe je de methode toepast bij inwoners met meerdere problemen.',
  'Er is ruimte om vragen te stellen en ervaringen uit te wisselen.',
  'De bijeenkomst sluit aan bij de registernorm voor scholing en reflectie.',
  'Een ervaringsdeskundige vertelt hoe de dienstverlening voor hem of haar werkte.',
  'Je krijgt handvatten om schulden eerder te signaleren en door te verwijzen.',
  'We staan stil bij de rechtmatigheid en de menselijke maat in de uitvoering.',
  'Deelnemers maken een plan om het geleerde in hun team te gebruiken.',
]
/** Provinces weighted roughly by population. */
const PROVINCE_WEIGHTS: [string, number][] = [
  ['Zuid-Holland', 21],
  ['Noord-Holland', 17],
  ['Noord-Brabant', 15],
  ['Gelderland', 12],
  ['Utrecht', 8],
  ['Overijssel', 7],
  ['Limburg', 6],
  ['Friesland', 4],
  ['Groningen', 3],
  ['Drenthe', 3],
  ['Flevoland', 2],
  ['Zeeland', 2],
]
const CITY: Record<string, string> = {
  'Zuid-Holland': 'Rotterdam',
  'Noord-Holland': 'Amsterdam',
  'Noord-Brabant': 'Eindhoven',
  Gelderland: 'Arnhem',
  Utrecht: 'Utrecht',
  Overijssel: 'Zwolle',
  Limburg: 'Maastricht',
  Friesland: 'Leeuwarden',
  Groningen: 'Groningen',
  Drenthe: 'Assen',
  Flevoland: 'Almere',
  Zeeland: 'Middelburg',
}
/** lecture 35 %, training 30 %, webinar 20 %, congress 8 %, Dag van de Uitvoering 7 %. */
const TYPES = [...Array(35).fill('lecture'), ...Array(30).fill('training'), ...Array(20).fill('webinar')].concat(
  Array(8).fill('congress'),
  Array(7).fill('service-delivery-day'),
)

const h = (k: number) => `abs(hashint8extended(g, ${k}))`

export async function generateAgenda(client: pg.Client, count: number): Promise<AgendaReport> {
  const started = performance.now()
  const organisers = await client.query<{ id: string; user_id: string }>(
    `select o.id, (select m.user_id from memberships m where m.organisation_id = o.id limit 1) as user_id
       from organisations o
      where o.kind in ('university', 'training_company', 'municipality')
        and exists (select 1 from memberships m where m.organisation_id = o.id)
      order by o.kind <> 'municipality' desc, o.name`,
  )
  const activities = await client.query<{ id: string }>(
    `select id from activities where state = 'accredited' order by public_id`,
  )
  if (organisers.rows.length === 0) throw new Error('no organisation with members in the demo data')
  const provinces = PROVINCE_WEIGHTS.flatMap(([name, weight]) => Array<string>(weight).fill(name))
  await client.query(
    `insert into events (organisation_id, title, type, description, speakers, starts_at, ends_at, online, online_url,
                         location_name, address, province, accessibility, capacity, sign_up_deadline, audience,
                         price_info, activity_id, state, cancelled_at, places_taken, created_by_id)
     select o.id, e.title, e.type, e.description, e.speakers, e.starts_at, e.starts_at + e.hours * interval '1 hour',
            e.online, case when e.online then 'https://meet.example.nl/' || g else '' end,
            case when e.online then '' else 'Zaal ' || (1 + ${h(9)} % 12) || ', ' || e.city end,
            case when e.online then '' else 'Stationsplein ' || (1 + ${h(11)} % 200) end,
            case when e.online then null else e.province end,
            case when e.online then '' else 'Rolstoeltoegankelijk, ringleiding in de zaal' end,
            e.capacity, e.starts_at - (1 + ${h(12)} % 7) * interval '1 day',
            array['klantmanager werk', 'klantmanager inkomen'], 'Gratis voor leden, anders € ' || (25 + ${h(13)} % 200),
            case when ${h(14)} % 3 = 0 and cardinality($3::uuid[]) > 0
                 then ($3::uuid[])[1 + (${h(15)} % cardinality($3::uuid[]))::int] end,
            case when ${h(16)} % 100 < 3 then 'cancelled' else 'published' end,
            case when ${h(16)} % 100 < 3 then now() end,
            least(e.capacity, ${h(17)} % (e.capacity + 1)),
            o.user_id
       from generate_series(1, $1::int) g
       cross join lateral (
         select ($4::text[])[1 + (${h(1)} % cardinality($4::text[]))::int] || ': ' ||
                  ($5::text[])[1 + (${h(2)} % cardinality($5::text[]))::int] as title,
                ($8::text[])[1 + (${h(3)} % cardinality($8::text[]))::int] as type,
                ($6::text[])[1 + (${h(4)} % cardinality($6::text[]))::int] || ' ' ||
                  ($6::text[])[1 + (${h(5)} % cardinality($6::text[]))::int] as description,
                array['Spreker ' || (1 + ${h(6)} % 500)] as speakers,
                date_trunc('day', now()) - interval '180 days' + (${h(7)} % 540) * interval '1 day'
                  + (9 + ${h(8)} % 10) * interval '1 hour' as starts_at,
                1 + ${h(18)} % 7 as hours,
                ${h(19)} % 4 = 0 as online,
                ($2::text[])[1 + (${h(20)} % cardinality($2::text[]))::int] as province,
                ($7::text[])[1 + (${h(20)} % cardinality($2::text[]))::int] as city,
                (array[20, 25, 30, 40, 60, 80, 120, 250])[1 + (${h(21)} % 8)::int] as capacity
       ) e
       cross join lateral (
         select id, user_id from (select unnest($9::uuid[]) as id, unnest($10::uuid[]) as user_id,
                                         generate_subscripts($9::uuid[], 1) as i) x
          where x.i = 1 + (${h(22)} % cardinality($9::uuid[]))::int
       ) o`,
    [
      count,
      provinces,
      activities.rows.map((a) => a.id),
      TOPICS,
      FORMS,
      SENTENCES,
      provinces.map((p) => CITY[p]!),
      TYPES,
      organisers.rows.map((o) => o.id),
      organisers.rows.map((o) => o.user_id),
    ],
  )
  await client.query('vacuum (analyze) events')
  const upcoming = await client.query<{ n: string }>(
    `select count(*) as n from events where state = 'published' and ends_at > now()`,
  )
  return { events: count, upcoming: Number(upcoming.rows[0]!.n), seconds: (performance.now() - started) / 1000 }
}
