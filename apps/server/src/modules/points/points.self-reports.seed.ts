// Demo self-reported activities (called once by db/seed.ts inside its transaction, after the register demo data):
// for the demo professional an approved intervision (booked in the ledger) and a supervision waiting in the queue;
// for a few other demo professionals a course in the queue, an approved article drawn for the spot check and a
// rejected presentation. Every item has a real PDF as evidence.

import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { type RequestContext, systemContext } from '../../platform/auth/actor.ts'
import { storeDocument } from '../../platform/storage/storage.service.ts'
import { users } from '../identity/identity.tables.ts'
import { addDays } from '../register/register.rules.ts'
import { registers, registrations } from '../register/register.tables.ts'
import { NEAR_CYCLE_END_EMAIL } from './points.history.seed.ts'
import { bookPoints } from './points.ledger.ts'
import { renderDeclarationForm } from './points.self-reports.declaration.ts'
import { KIND_NAMES } from './points.self-reports.messages.ts'
import { type SelfReportKind, selfReportedActivities } from './points.self-reports.tables.ts'
import type { PointCategory } from './points.tables.ts'

const DEMO_PROFESSIONAL = 'professional@demo.vakregister.nl'

interface DemoItem {
  kind: SelfReportKind
  title: string
  description: string
  daysAgo: number
  hours: number
  category: PointCategory
  evidenceKind: 'upload' | 'declaration'
  outcome: 'submitted' | 'approved' | 'rejected' | 'drawn'
  reason?: string
}

const FOR_DEMO_PROFESSIONAL: DemoItem[] = [
  {
    kind: 'intervision',
    title: 'Intervisiegroep Klantmanagers Utrecht-West',
    description: 'Zes bijeenkomsten volgens de incidentmethode over gesprekken met klanten met schulden.',
    daysAgo: 120,
    hours: 9,
    category: 'reflection',
    evidenceKind: 'declaration',
    outcome: 'approved',
  },
  {
    kind: 'supervision',
    title: 'Supervisie bij een geregistreerd supervisor',
    description: 'Vijf individuele sessies over mijn rol als klantmanager werk.',
    daysAgo: 12,
    hours: 7.5,
    category: 'reflection',
    evidenceKind: 'declaration',
    outcome: 'submitted',
  },
]

const FOR_OTHERS: DemoItem[] = [
  {
    kind: 'course',
    title: 'Cursus Motiverende gespreksvoering (niet geaccrediteerd)',
    description: 'Tweedaagse cursus bij een regionale opleider.',
    daysAgo: 20,
    hours: 12,
    category: 'training',
    evidenceKind: 'upload',
    outcome: 'submitted',
  },
  {
    kind: 'article',
    title: 'Artikel in vakblad Sociaal Bestek: werken met de participatiewet',
    description: 'Artikel van 2.000 woorden over de praktijk van het participatieplan.',
    daysAgo: 35,
    hours: 8,
    category: 'free-choice',
    evidenceKind: 'upload',
    outcome: 'drawn',
  },
  {
    kind: 'presentation',
    title: 'Presentatie op het teamoverleg',
    description: 'Korte presentatie over een nieuwe werkinstructie.',
    daysAgo: 28,
    hours: 1,
    category: 'free-choice',
    evidenceKind: 'upload',
    outcome: 'rejected',
    reason: 'Een presentatie in je eigen teamoverleg hoort bij je gewone werk. Die telt niet als permanente educatie.',
  },
]

export async function seedSelfReportsDemo(deps: AppDeps, tx: Tx, now: Date): Promise<{ selfReports: number }> {
  const today = now.toISOString().slice(0, 10)
  const [reviewer] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`'register_office' = any(${users.staffRoles})`)
    .orderBy(asc(users.createdAt))
    .limit(1)
  const people = await tx
    .select({
      id: registrations.id,
      userId: registrations.userId,
      email: users.email,
      registrationNumber: registrations.registrationNumber,
      registeredSince: registrations.registeredSince,
      initials: registrations.initials,
      infix: registrations.infix,
      surname: registrations.surname,
      registerName: registers.name,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .innerJoin(registers, eq(registers.id, registrations.registerId))
    .where(and(inArray(registrations.status, ['registered']), sql`${registrations.registeredSince} is not null`))
    .orderBy(asc(registrations.registeredSince))
  const demo = people.find((p) => p.email === DEMO_PROFESSIONAL)
  // Kevin Meijer's dossier is set up for the re-registration journey: his points come from the history seed only.
  const others = people
    .filter((p) => p.email !== DEMO_PROFESSIONAL && p.email !== NEAR_CYCLE_END_EMAIL)
    .slice(0, FOR_OTHERS.length)
  const plan: [(typeof people)[number], DemoItem][] = [
    ...(demo ? FOR_DEMO_PROFESSIONAL.map((item) => [demo, item] as [typeof demo, DemoItem]) : []),
    ...others.map((person, i) => [person, FOR_OTHERS[i]!] as [typeof person, DemoItem]),
  ]
  const ctx: RequestContext = reviewer
    ? {
        ...systemContext('seed'),
        actor: { userId: reviewer.id, staffRoles: ['register_office'], memberships: [], sessionId: null },
      }
    : systemContext('seed')
  let count = 0
  for (const [person, item] of plan) {
    // Inside the first cycle: never before the registration started.
    const wanted = addDays(today, -item.daysAgo)
    const activityDate = wanted < person.registeredSince! ? person.registeredSince! : wanted
    const fullName = [person.initials, person.infix, person.surname].filter(Boolean).join(' ')
    const evidence = await storeDocument(deps, tx, {
      ownerUserId: person.userId,
      purpose: 'self-report-evidence',
      fileName: item.evidenceKind === 'declaration' ? 'verklaring-ondertekend.pdf' : 'bewijsstuk.pdf',
      buffer: await renderDeclarationForm({
        locale: 'nl',
        registerName: person.registerName,
        fullName,
        registrationNumber: person.registrationNumber ?? '',
        kind: item.kind,
        title: item.title,
        activityDate,
        hours: String(item.hours).replace('.', ','),
      }),
    })
    const submittedAt = new Date(`${addDays(activityDate, 3)}T09:15:00Z`)
    const decided = item.outcome !== 'submitted' && reviewer
    const reviewedAt = decided ? new Date(`${addDays(activityDate, 10)}T14:00:00Z`) : null
    const approved = decided && (item.outcome === 'approved' || item.outcome === 'drawn')
    const [row] = await tx
      .insert(selfReportedActivities)
      .values({
        registrationId: person.id,
        kind: item.kind,
        title: item.title,
        description: item.description,
        activityDate,
        hours: item.hours,
        requestedCategory: item.category,
        evidenceKind: item.evidenceKind,
        evidenceDocumentId: evidence.id,
        state: !decided ? 'submitted' : approved ? 'approved' : 'rejected',
        submittedAt: submittedAt > now ? now : submittedAt,
        pointsGranted: approved ? item.hours : null,
        categoryGranted: approved ? item.category : null,
        reviewedById: decided ? reviewer!.id : null,
        reviewedAt: reviewedAt && reviewedAt > now ? now : reviewedAt,
        decisionReason: item.reason ?? '',
        spotCheck: item.outcome === 'drawn',
      })
      .returning({ id: selfReportedActivities.id })
    if (approved) {
      await bookPoints(
        tx,
        ctx,
        [
          {
            registrationId: person.id,
            category: item.category,
            points: item.hours,
            activityDate,
            source: 'self-report',
            sourceId: row!.id,
            activityKey: `self-report:${row!.id}`,
            reference: `${KIND_NAMES.nl[item.kind]}: ${item.title}`,
          },
        ],
        { action: 'points.ledger.booked', objectType: 'self-reported-activity', objectId: row!.id },
        now,
      )
    }
    count++
  }
  return { selfReports: count }
}
