import { randomUUID } from 'node:crypto'
import { and, eq, inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import { systemContext } from '../../platform/auth/actor.ts'
import { users } from '../identity/identity.tables.ts'
import { addMonths } from '../register/register.rules.ts'
import { registrations } from '../register/register.tables.ts'
import { type Booking, bookPoints } from './points.ledger.ts'
import type { PointCategory } from './points.tables.ts'

// Demo points brought over from the previous CPD system (PE-online): the activities people did before Vakregister
// existed, booked as corrections with what they were. Called by db/seed.ts after the norms (never in production).

/** The demo professional whose cycle ends within 12 weeks and who is 4 reflection points short (the journey). */
export const NEAR_CYCLE_END_EMAIL = 'kevin.meijer@demo.vakregister.nl'

interface PastActivity {
  title: string
  category: PointCategory
  points: number
  /** Months before the seed day. */
  monthsAgo: number
}

/** Kevin Meijer: 90 training, 46 reflection, 60 free choice = 196 of 200; reflection 4 short of 50. */
const KEVIN: PastActivity[] = [
  { title: 'Leergang Klantmanager Werk, module 1 en 2', category: 'training', points: 32, monthsAgo: 50 },
  { title: 'Motiverende gespreksvoering in de bijstand', category: 'training', points: 16, monthsAgo: 41 },
  { title: 'Congres Dag van de Uitvoering', category: 'training', points: 6, monthsAgo: 35 },
  { title: 'Schuldhulpverlening: signaleren en doorverwijzen', category: 'training', points: 12, monthsAgo: 27 },
  { title: 'Training Participatiewet in de praktijk', category: 'training', points: 24, monthsAgo: 14 },
  { title: 'Intervisiegroep Werk en Inkomen Utrecht-Oost (2022)', category: 'reflection', points: 18, monthsAgo: 38 },
  { title: 'Supervisie bij een erkend supervisor', category: 'reflection', points: 16, monthsAgo: 22 },
  { title: 'Casuïstiekbespreking met het wijkteam', category: 'reflection', points: 12, monthsAgo: 9 },
  { title: 'Artikel in vakblad Sozio over werkfit maken', category: 'free-choice', points: 20, monthsAgo: 30 },
  { title: 'Gastles op de hogeschool (sociaal werk)', category: 'free-choice', points: 16, monthsAgo: 19 },
  { title: 'Lid van de klankbordgroep Wajong', category: 'free-choice', points: 24, monthsAgo: 6 },
]

/** Everyone else registered: a modest history in proportion to their time in the cycle. */
const TYPICAL: Omit<PastActivity, 'monthsAgo'>[] = [
  { title: 'Motiverende gespreksvoering in de bijstand', category: 'training', points: 12 },
  { title: 'Intervisiegroep Werk en Inkomen', category: 'reflection', points: 8 },
  { title: 'Webinar Armoede en schulden', category: 'training', points: 2 },
  { title: 'Presentatie op het teamoverleg over statushouders', category: 'free-choice', points: 3 },
  { title: 'E-learning Privacy in het sociaal domein', category: 'training', points: 4 },
  { title: 'Supervisie', category: 'reflection', points: 6 },
]

export async function seedPointsHistoryDemo(tx: Tx, now: Date): Promise<{ historyEntries: number }> {
  const today = now.toISOString().slice(0, 10)
  const rows = await tx
    .select({
      id: registrations.id,
      email: users.email,
      registeredSince: registrations.registeredSince,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(inArray(registrations.status, ['registered', 'suspended'])))
  const bookings: Booking[] = []
  for (const row of rows) {
    if (!row.registeredSince) continue
    const months = monthsBetween(row.registeredSince, today)
    const history =
      row.email === NEAR_CYCLE_END_EMAIL
        ? KEVIN
        : TYPICAL.map((a, i) => ({ ...a, monthsAgo: Math.floor(((i + 1) * months) / (TYPICAL.length + 1)) })).filter(
            (a) => a.monthsAgo >= 1,
          )
    for (const activity of history) {
      const activityDate = addMonths(today, -activity.monthsAgo)
      if (activityDate < row.registeredSince) continue
      const sourceId = randomUUID()
      bookings.push({
        registrationId: row.id,
        category: activity.category,
        points: activity.points,
        activityDate,
        source: 'correction',
        sourceId,
        activityKey: `history:${sourceId}`,
        reference: activity.title,
        note: 'Overgenomen uit het vorige PE-systeem (PE-online)',
      })
    }
  }
  const outcomes = await bookPoints(
    tx,
    systemContext('seed'),
    bookings,
    { action: 'points.history.imported', objectType: 'points-ledger', objectId: 'demo' },
    now,
  )
  return { historyEntries: outcomes.filter((o) => o.outcome === 'booked').length }
}

const monthsBetween = (fromIso: string, toIso: string) => {
  const [fy, fm] = fromIso.split('-').map(Number) as [number, number]
  const [ty, tm] = toIso.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm)
}
