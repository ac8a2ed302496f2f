// Demo accreditation (called by db/seed.ts inside its transaction, after the register demo; never in production):
// accredited activities with runs of the demo providers, one request in the queue, one rejected, and Hogeschool
// Utrecht as accredited provider with one fast-track activity still to check.
import { inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import { DEMO_DOMAIN } from '../../db/seed-data.ts'
import { users } from '../identity/identity.tables.ts'
import { organisations } from '../organisations/organisations.tables.ts'
import { addDays } from '../register/register.rules.ts'
import { allocateActivityPublicId } from './points.accreditation.repository.ts'
import { dateInNetherlands, validUntilOf } from './points.accreditation.rules.ts'
import { accreditedProviders, activities, activityRuns } from './points.accreditation.tables.ts'

type Insert = typeof activities.$inferInsert
type DemoRun = { fromToday: number; days?: number; location?: string; online?: boolean }
interface DemoActivity {
  provider: 'hu' | 'osd'
  fields: Pick<Insert, 'title' | 'description' | 'learningGoals' | 'format' | 'netHours' | 'requestedCategory'> &
    Partial<Pick<Insert, 'targetProfessions' | 'teachers' | 'finalTest'>>
  /** accredited (by the register office), fast-track (accredited provider, not checked), submitted, rejected */
  outcome: 'accredited' | 'fast-track' | 'submitted' | 'rejected'
  /** Days ago it was submitted; decided 2 weeks later (or at once for fast track). */
  submittedDaysAgo: number
  years?: 1 | 3
  category?: Insert['category']
  reason?: string
  runs?: DemoRun[]
}

const KM = ['klantmanager', 'consulent werk en inkomen']

const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    provider: 'hu',
    outcome: 'accredited',
    submittedDaysAgo: 140,
    years: 3,
    fields: {
      title: 'Motiverende gespreksvoering in de bijstand',
      description:
        'Tweedaagse training in motiverende gespreksvoering voor gesprekken met klanten in de bijstand die twijfelen over werk, scholing of schuldhulp. Veel oefenen met acteurs.',
      learningGoals:
        'Je herkent verandertaal en weerstand. Je gebruikt open vragen, reflecties en samenvattingen (OARS). Je maakt met de klant een haalbaar plan.',
      format: 'training',
      netHours: 12,
      requestedCategory: 'training',
      targetProfessions: KM,
      teachers: ['Drs. Ellen de Wit (gz-psycholoog, MINT-trainer)', 'Youssef Bakker (trainingsacteur)'],
    },
    runs: [
      { fromToday: -60, days: 2, location: 'Hogeschool Utrecht, Padualaan 101, Utrecht' },
      { fromToday: 30, days: 2, location: 'Hogeschool Utrecht, Padualaan 101, Utrecht' },
      { fromToday: 75, days: 2, online: true },
    ],
  },
  {
    provider: 'osd',
    outcome: 'accredited',
    submittedDaysAgo: 90,
    years: 1,
    fields: {
      title: 'Schuldhulpverlening: signaleren en doorverwijzen',
      description:
        'Middag over het vroeg herkennen van geldzorgen in het klantgesprek en het warm doorverwijzen naar schuldhulpverlening van de gemeente.',
      learningGoals:
        'Je herkent signalen van (dreigende) schulden. Je bespreekt geldzorgen zonder oordeel. Je verwijst warm door en volgt dat op.',
      format: 'lecture',
      netHours: 4,
      requestedCategory: 'training',
      targetProfessions: [...KM, 'schuldhulpverlener'],
      teachers: ['Petra Vos (schuldhulpverlener, NVVK)'],
    },
    runs: [
      { fromToday: -30, location: 'Opleidingscentrum Sociaal Domein, Stationsplein 12, Amersfoort' },
      { fromToday: 21, location: 'Opleidingscentrum Sociaal Domein, Stationsplein 12, Amersfoort' },
      { fromToday: 49, online: true },
    ],
  },
  {
    provider: 'osd',
    outcome: 'accredited',
    submittedDaysAgo: 120,
    years: 3,
    fields: {
      title: 'E-learning Participatiewet in de praktijk',
      description:
        'Online leerlijn in zes modules over rechten en plichten in de Participatiewet, met casussen uit de uitvoering. In je eigen tempo.',
      learningGoals:
        'Je past de regels over de arbeidsverplichting, de kostendelersnorm en de bijzondere bijstand toe op een casus.',
      format: 'e-learning',
      netHours: 6,
      requestedCategory: 'training',
      targetProfessions: KM,
      teachers: ['Mr. Jan Kramer (jurist sociale zekerheid)'],
      finalTest: 'Online eindtoets met 25 casusvragen; geslaagd bij 70% goed, twee pogingen.',
    },
    runs: [{ fromToday: -30, days: 180, online: true }],
  },
  {
    provider: 'hu',
    outcome: 'accredited',
    submittedDaysAgo: 100,
    years: 3,
    category: 'reflection',
    fields: {
      title: 'Intervisie volgens de incidentmethode',
      description:
        'Drie bijeenkomsten van drie uur in een vaste groep van zes klantmanagers. Je brengt een eigen casus in en bespreekt die volgens de incidentmethode.',
      learningGoals: 'Je reflecteert op je eigen handelen en geeft en ontvangt collegiale feedback.',
      format: 'intervision',
      netHours: 9,
      requestedCategory: 'reflection',
      targetProfessions: KM,
      teachers: ['Marloes Jacobs (gecertificeerd intervisiebegeleider)'],
    },
    runs: [
      { fromToday: -45, location: 'Hogeschool Utrecht, Heidelberglaan 7, Utrecht' },
      { fromToday: 14, location: 'Hogeschool Utrecht, Heidelberglaan 7, Utrecht' },
    ],
  },
  {
    provider: 'hu',
    outcome: 'fast-track',
    submittedDaysAgo: 5,
    fields: {
      title: 'Werken met de Zelfredzaamheid-Matrix',
      description: 'Workshop over het in kaart brengen van zelfredzaamheid met de ZRM, met oefencasussen.',
      learningGoals: 'Je scoort de ZRM betrouwbaar en bespreekt de uitkomst met de klant.',
      format: 'training',
      netHours: 3.5,
      requestedCategory: 'training',
      targetProfessions: KM,
      teachers: ['Dr. Kees van Leeuwen (onderzoeker, lectoraat Participatie)'],
    },
    runs: [{ fromToday: 40, location: 'Hogeschool Utrecht, Padualaan 101, Utrecht' }],
  },
  {
    provider: 'osd',
    outcome: 'submitted',
    submittedDaysAgo: 3,
    fields: {
      title: 'Omgaan met agressie aan de balie en in het klantgesprek',
      description: 'Training in de-escaleren bij verbale agressie, met oefenen in rollenspellen.',
      learningGoals: 'Je herkent de fasen van agressie, de-escaleert en zorgt voor nazorg voor jezelf en collega’s.',
      format: 'training',
      netHours: 7.5,
      requestedCategory: 'training',
      targetProfessions: KM,
      teachers: ['Rob Smit (trainer weerbaarheid)'],
    },
  },
  {
    provider: 'osd',
    outcome: 'rejected',
    submittedDaysAgo: 24,
    reason:
      'De inhoud sluit niet aan bij het beroepsprofiel van de klantmanager: het gaat over algemene timemanagement.',
    fields: {
      title: 'Timemanagement voor drukke professionals',
      description: 'Ochtend over plannen, prioriteren en e-mail de baas blijven.',
      learningGoals: 'Je plant je week en zegt vaker nee.',
      format: 'webinar',
      netHours: 3,
      requestedCategory: 'free-choice',
      targetProfessions: KM,
      teachers: ['Linda Bos (coach)'],
    },
  },
]

export async function seedAccreditationDemo(tx: Tx, now: Date) {
  const today = dateInNetherlands(now)
  const orgs = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.name, ['Hogeschool Utrecht', 'Opleidingscentrum Sociaal Domein']))
  const orgId = {
    hu: orgs.find((o) => o.name === 'Hogeschool Utrecht')?.id,
    osd: orgs.find((o) => o.name !== 'Hogeschool Utrecht')?.id,
  }
  const emails = [
    `opleider-hogeschool@${DEMO_DOMAIN}`,
    `opleider-bedrijf@${DEMO_DOMAIN}`,
    `registerbureau@${DEMO_DOMAIN}`,
  ]
  const people = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))
  const idOf = (email: string) => people.find((p) => p.email === email)?.id
  const submitter = { hu: idOf(emails[0]!), osd: idOf(emails[1]!) }
  const office = idOf(emails[2]!)
  if (!orgId.hu || !orgId.osd || !submitter.hu || !submitter.osd || !office)
    throw new Error('seed: the demo providers or accounts for accreditation are missing')
  const providerOf = { hu: orgId.hu, osd: orgId.osd }
  const submitterOf = { hu: submitter.hu, osd: submitter.osd }

  await tx.insert(accreditedProviders).values({
    organisationId: orgId.hu,
    grantedById: office,
    grantedAt: addDaysTo(now, -30),
    reason: 'Hogeschool met NVAO-accreditatie en eigen kwaliteitszorg voor scholing.',
  })

  let runs = 0
  for (const demo of DEMO_ACTIVITIES) {
    const submittedAt = addDaysTo(now, -demo.submittedDaysAgo)
    const decidedAt = demo.outcome === 'fast-track' ? submittedAt : addDaysTo(submittedAt, 14)
    const validFrom = dateInNetherlands(decidedAt)
    const accredited = demo.outcome === 'accredited' || demo.outcome === 'fast-track'
    const [row] = await tx
      .insert(activities)
      .values({
        ...demo.fields,
        providerOrganisationId: providerOf[demo.provider],
        submittedById: submitterOf[demo.provider],
        submittedAt,
        state: accredited ? 'accredited' : demo.outcome === 'rejected' ? 'rejected' : 'submitted',
        fastTrack: demo.outcome === 'fast-track',
        ...(accredited
          ? {
              publicId: await allocateActivityPublicId(tx, Number(validFrom.slice(0, 4))),
              points: demo.fields.netHours,
              category: demo.category ?? demo.fields.requestedCategory,
              validFrom,
              validUntil: validUntilOf(validFrom, demo.years ?? 1),
            }
          : {}),
        ...(demo.outcome === 'accredited' || demo.outcome === 'rejected'
          ? { decidedById: office, decidedAt, decisionReason: demo.reason ?? '' }
          : demo.outcome === 'fast-track'
            ? { decidedAt }
            : {}),
      })
      .returning({ id: activities.id })
    for (const run of demo.runs ?? []) {
      const startsOn = addDays(today, run.fromToday)
      await tx.insert(activityRuns).values({
        activityId: row!.id,
        startsOn,
        endsOn: addDays(startsOn, (run.days ?? 1) - 1),
        location: run.location ?? '',
        online: run.online ?? false,
        createdById: submitterOf[demo.provider],
        createdAt: submittedAt,
      })
      runs++
    }
  }
  return { activities: DEMO_ACTIVITIES.length, activityRuns: runs, accreditedProviders: 1 }
}

const addDaysTo = (moment: Date, days: number) => new Date(moment.getTime() + days * 86_400_000)
