// Demo agenda (called by db/seed.ts inside its transaction, after the accreditation demo; never in production): a
// dozen events of the two demo providers over the coming months, in several provinces and online; the first future
// runs of their accredited activities get an event each, and one lecture is nearly full.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { memberships, organisations } from '../organisations/organisations.tables.ts'
import { activities, activityRuns } from '../points/points.accreditation.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { type EventType, eventSignUps, events, type Province } from './events.tables.ts'
import { dutchDay, nextDay, wallClockToMoment } from './events.time.ts'

const PROVIDERS = { hu: 'Hogeschool Utrecht', osd: 'Opleidingscentrum Sociaal Domein' } as const
const KM = ['klantmanager', 'consulent werk en inkomen']

interface DemoEvent {
  provider: keyof typeof PROVIDERS
  title: string
  type: EventType
  description: string
  speakers: string[]
  fromToday: number
  from: string
  until: string
  place?: { name: string; address: string; province: Province; accessibility: string }
  capacity: number
  audience?: string[]
  priceInfo: string
  /** Confirmed demo sign-ups (the nearly full one). */
  taken?: number
}

const MEET = 'https://vergaderen.demo.vakregister.nl/'

const DEMO_EVENTS: DemoEvent[] = [
  {
    provider: 'hu',
    title: 'Armoede en schulden: wat werkt in het klantgesprek?',
    type: 'lecture',
    description:
      'Lezing over de nieuwste inzichten in armoede en schulden, en wat je daarmee doet in het gesprek met een klant in de bijstand. Met ruimte voor vragen uit de praktijk.',
    speakers: ['Dr. Nadja Jungmann (lector schulden en incasso)'],
    fromToday: 12,
    from: '15:00',
    until: '17:00',
    place: {
      name: 'Hogeschool Utrecht, Padualaan 101',
      address: 'Padualaan 101, 3584 CH Utrecht',
      province: 'Utrecht',
      accessibility: 'Rolstoeltoegankelijk; ringleiding in de zaal; invalidenparkeerplaatsen bij de ingang.',
    },
    capacity: 120,
    priceInfo: 'Gratis',
  },
  {
    provider: 'osd',
    title: 'Statushouders en inburgering: samenwerken rond werk',
    type: 'lecture',
    description:
      'Hoe werken klantmanagers, taalcoaches en de inburgeringsconsulent samen zodat statushouders sneller aan het werk gaan? Drie gemeenten vertellen wat bij hen werkt.',
    speakers: ['Samira Haddou (beleidsadviseur inburgering, gemeente Tilburg)'],
    fromToday: 18,
    from: '13:30',
    until: '16:30',
    place: {
      name: 'Stadskantoor Tilburg',
      address: 'Stadhuisplein 130, 5038 TC Tilburg',
      province: 'Noord-Brabant',
      accessibility: 'Lift aanwezig; toegankelijk toilet op de begane grond.',
    },
    capacity: 25,
    taken: 24,
    priceInfo: '€ 45, gratis voor medewerkers van gemeenten in Midden-Brabant',
  },
  {
    provider: 'osd',
    title: 'Vroegsignalering van betalingsachterstanden',
    type: 'webinar',
    description:
      'Webinar over signalen van woningcorporaties, energie- en zorgverzekeraars: hoe je ze gebruikt om klanten vroeg te helpen, binnen de regels van de Wet gemeentelijke schuldhulpverlening.',
    speakers: ['Petra Vos (schuldhulpverlener, NVVK)'],
    fromToday: 26,
    from: '12:00',
    until: '13:00',
    capacity: 300,
    audience: [...KM, 'schuldhulpverlener'],
    priceInfo: 'Gratis',
  },
  {
    provider: 'hu',
    title: 'Dag van de Uitvoering: vakmanschap in Werk en Inkomen',
    type: 'service-delivery-day',
    description:
      'Een dag voor en door uitvoerders: workshops over de Participatiewet, handhaving, schulden en re-integratie, met een markt van praktijkvoorbeelden uit gemeenten.',
    speakers: ['Openingswoord door de wethouder Werk en Inkomen van Den Haag', 'Workshopleiders uit twaalf gemeenten'],
    fromToday: 40,
    from: '09:00',
    until: '17:00',
    place: {
      name: 'Nieuwe Kerk Den Haag',
      address: 'Spui 175, 2511 BN Den Haag',
      province: 'Zuid-Holland',
      accessibility: 'Volledig rolstoeltoegankelijk; prikkelarme ruimte beschikbaar.',
    },
    capacity: 400,
    priceInfo: '€ 95 inclusief lunch',
  },
  {
    provider: 'osd',
    title: 'Handhaving met oog voor de mens',
    type: 'training',
    description:
      'Training voor handhavers en klantmanagers: rechtmatigheid toetsen en tegelijk het vertrouwen van de klant houden. Met casussen over samenwonen en inkomsten uit werk.',
    speakers: ['Mr. Joost Hendriks (sociaal rechercheur)'],
    fromToday: 55,
    from: '09:30',
    until: '16:30',
    place: {
      name: 'Gemeente Zwolle, Stadskantoor',
      address: 'Lubeckplein 2, 8017 JZ Zwolle',
      province: 'Overijssel',
      accessibility: 'Rolstoeltoegankelijk via de hoofdingang.',
    },
    capacity: 20,
    audience: [...KM, 'handhaver'],
    priceInfo: '€ 275 per deelnemer',
  },
  {
    provider: 'hu',
    title: 'Wajong en werk: jongeren met een arbeidsbeperking',
    type: 'webinar',
    description:
      'Wat hebben jongeren met een Wajong-uitkering nodig om duurzaam aan het werk te komen? Onderzoekers en een jobcoach delen hun ervaringen.',
    speakers: ['Dr. Eva Mulder (onderzoeker, Hogeschool Utrecht)', 'Kees de Groot (jobcoach)'],
    fromToday: 68,
    from: '19:30',
    until: '21:00',
    capacity: 250,
    audience: [...KM, 'jobcoach'],
    priceInfo: 'Gratis',
  },
  {
    provider: 'osd',
    title: 'Landelijk congres Participatiewet in balans',
    type: 'congress',
    description:
      'Tweedaags congres over de vereenvoudiging van de Participatiewet: wat verandert er voor de uitvoering en hoe bereid je je team voor?',
    speakers: ['Prof. dr. Menno Fenger (bestuurskundige)', 'Vertegenwoordigers van Divosa en het ministerie van SZW'],
    fromToday: 85,
    from: '09:00',
    until: '17:00',
    place: {
      name: 'RAI Amsterdam',
      address: 'Europaplein 24, 1078 GZ Amsterdam',
      province: 'Noord-Holland',
      accessibility: 'Volledig toegankelijk; tolk Nederlandse Gebarentaal bij de plenaire sessies.',
    },
    capacity: 800,
    priceInfo: '€ 395 voor twee dagen',
  },
  {
    provider: 'hu',
    title: 'Intervisie leiden met de incidentmethode',
    type: 'training',
    description:
      'Praktische training: je leert een intervisiegroep van klantmanagers begeleiden met de incidentmethode, zodat de sessies tellen als reflectie.',
    speakers: ['Marloes Peters (supervisor LVSC)'],
    fromToday: 100,
    from: '13:00',
    until: '17:00',
    place: {
      name: 'Hogeschool Arnhem en Nijmegen (zaal 2.14)',
      address: 'Ruitenberglaan 31, 6826 CC Arnhem',
      province: 'Gelderland',
      accessibility: 'Lift naar de tweede verdieping.',
    },
    capacity: 16,
    priceInfo: '€ 150',
  },
  {
    provider: 'osd',
    title: 'Nieuwkomers en taal op de werkvloer',
    type: 'lecture',
    description:
      'Hoe help je nieuwkomers met taal op het werk, samen met de werkgever? Online lezing met voorbeelden uit de regio Groningen.',
    speakers: ['Anouk Bos (taalcoach)'],
    fromToday: 120,
    from: '14:00',
    until: '16:00',
    capacity: 60,
    priceInfo: 'Gratis',
  },
]

type Staff = { organisationId: string; userId: string }

export async function seedEventsDemo(tx: Tx, now: Date): Promise<{ events: number; eventSignUps: number }> {
  const staffRows = await tx
    .select({ organisationId: organisations.id, name: organisations.name, userId: memberships.userId })
    .from(organisations)
    .innerJoin(
      memberships,
      and(eq(memberships.organisationId, organisations.id), eq(memberships.role, 'provider_staff')),
    )
    .where(inArray(organisations.name, Object.values(PROVIDERS)))
  const staff = new Map<string, Staff>(staffRows.map((r) => [r.name, r]))
  if (staff.size === 0) return { events: 0, eventSignUps: 0 }
  const today = dutchDay(now)
  const dayAfter = (days: number) => {
    let day = today
    for (let i = 0; i < days; i++) day = nextDay(day)
    return day
  }
  const at = (day: string, time: string) => {
    const result = wallClockToMoment(`${day}T${time}`)
    if (!result.ok) throw new Error(`demo time ${day} ${time}`)
    return result.moment
  }
  const base = { createdAt: now, updatedAt: now }

  const rows: (typeof events.$inferInsert)[] = DEMO_EVENTS.map((e) => {
    const who = staff.get(PROVIDERS[e.provider])!
    const day = dayAfter(e.fromToday)
    const lastDay = e.type === 'congress' ? nextDay(day) : day
    const startsAt = at(day, e.from)
    return {
      ...base,
      organisationId: who.organisationId,
      createdById: who.userId,
      title: e.title,
      type: e.type,
      description: e.description,
      speakers: e.speakers,
      startsAt,
      endsAt: at(lastDay, e.until),
      signUpDeadline: at(dayAfter(e.fromToday - 2), '23:59'),
      online: !e.place,
      onlineUrl: e.place ? '' : `${MEET}${e.provider}-${e.fromToday}`,
      locationName: e.place?.name ?? '',
      address: e.place?.address ?? '',
      province: e.place?.province ?? null,
      accessibility: e.place?.accessibility ?? '',
      capacity: e.capacity,
      audience: e.audience ?? KM,
      priceInfo: e.priceInfo,
    }
  })

  // The first three future runs of the providers' accredited activities, each as an event (read-only join).
  const runs = await tx
    .select({
      runId: activityRuns.id,
      activityId: activities.id,
      organisationId: activities.providerOrganisationId,
      title: activities.title,
      description: activities.description,
      teachers: activities.teachers,
      format: activities.format,
      startsOn: activityRuns.startsOn,
      endsOn: activityRuns.endsOn,
      location: activityRuns.location,
      online: activityRuns.online,
    })
    .from(activityRuns)
    .innerJoin(activities, eq(activities.id, activityRuns.activityId))
    .where(and(eq(activities.state, 'accredited'), gt(activityRuns.startsOn, today)))
    .orderBy(asc(activityRuns.startsOn), asc(activityRuns.id))
    .limit(3)
  for (const run of runs) {
    const who = staffRows.find((s) => s.organisationId === run.organisationId)
    if (!who) continue
    const place = run.location.split(', ')
    rows.push({
      ...base,
      organisationId: run.organisationId,
      createdById: who.userId,
      title: run.title,
      type: run.format === 'lecture' ? 'lecture' : run.online ? 'webinar' : 'training',
      description: run.description,
      speakers: run.teachers,
      startsAt: at(run.startsOn, '09:30'),
      endsAt: at(run.endsOn, '16:30'),
      signUpDeadline: at(run.startsOn, '09:00'),
      online: run.online,
      onlineUrl: run.online ? `${MEET}${run.runId.slice(0, 8)}` : '',
      locationName: run.online ? '' : place.slice(0, 1).join(''),
      address: run.online ? '' : place.slice(1).join(', '),
      province: run.online ? null : 'Utrecht',
      accessibility: run.online ? '' : 'Rolstoeltoegankelijk.',
      capacity: 24,
      audience: KM,
      priceInfo: 'Zie de aanbieder',
      activityId: run.activityId,
      runId: run.runId,
    })
  }
  const inserted = await tx.insert(events).values(rows).returning({ id: events.id, title: events.title })

  // The nearly full lecture: demo professionals took its places.
  let signUps = 0
  for (const demo of DEMO_EVENTS.filter((e) => e.taken)) {
    const event = inserted.find((e) => e.title === demo.title)!
    // People with a registration first, then other accounts without a staff role.
    const people = await tx
      .select({ userId: users.id })
      .from(users)
      .where(sql`cardinality(${users.staffRoles}) = 0`)
      .orderBy(sql`exists (select 1 from ${registrations} r where r.user_id = ${users.id}) desc`, asc(users.email))
      .limit(demo.taken!)
    await tx.insert(eventSignUps).values(
      people.map((p, i) => ({
        eventId: event.id,
        userId: p.userId,
        state: 'confirmed' as const,
        sequence: i + 1,
        signedUpAt: now,
        confirmedAt: now,
      })),
    )
    await tx
      .update(events)
      .set({ placesTaken: people.length, lastSequence: people.length })
      .where(eq(events.id, event.id))
    signUps += people.length
  }
  return { events: inserted.length, eventSignUps: signUps }
}
