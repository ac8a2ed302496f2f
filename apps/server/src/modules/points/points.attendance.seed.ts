// Demo attendance (called by db/seed.ts inside its transaction, after the accreditation and norms demo; never in
// production): the demo professional and a few colleagues attended the past runs of the demo activities. The first
// past run got its list as a checked and confirmed import (with one unknown number), the others one by one.
// Does nothing when there are no past runs of accredited activities.
import { and, asc, eq, inArray, lt, ne, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import { type RequestContext, systemContext } from '../../platform/auth/actor.ts'
import { users } from '../identity/identity.tables.ts'
import { memberships } from '../organisations/organisations.tables.ts'
import { registrations } from '../register/register.tables.ts'
import { activities, activityRuns } from './points.accreditation.tables.ts'
import { bookRegistrants, checkRows, stillEligible } from './points.attendance.booking.ts'
import * as repo from './points.attendance.repository.ts'
import { NEAR_CYCLE_END_EMAIL } from './points.history.seed.ts'

const DEMO_PROFESSIONAL = 'professional@demo.vakregister.nl'
/** Attendees per past run. */
const PER_RUN = 6

export async function seedAttendanceDemo(tx: Tx, now: Date): Promise<{ attendances: number }> {
  const today = now.toISOString().slice(0, 10)
  const runs = await tx
    .select({ id: activityRuns.id, providerOrganisationId: activities.providerOrganisationId })
    .from(activityRuns)
    .innerJoin(activities, eq(activities.id, activityRuns.activityId))
    .where(and(eq(activities.state, 'accredited'), lt(activityRuns.endsOn, today)))
    .orderBy(asc(activityRuns.endsOn), asc(activityRuns.id))
  if (runs.length === 0) return { attendances: 0 }
  const people = await tx
    .select({ id: registrations.id, number: registrations.registrationNumber, email: users.email })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    // Not the professional of the re-registration journey: his seeded history leaves him exactly 4 reflection points short.
    .where(and(inArray(registrations.status, ['registered']), ne(users.email, NEAR_CYCLE_END_EMAIL)))
    .orderBy(sql`${users.email} = ${DEMO_PROFESSIONAL} desc`, asc(registrations.registrationNumber))
    .limit(PER_RUN * 2)
  let count = 0
  for (const [index, { id, providerOrganisationId }] of runs.entries()) {
    const run = (await repo.findRun(tx, id))!
    const [staff] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organisationId, providerOrganisationId), eq(memberships.role, 'provider_staff')))
      .limit(1)
    const ctx: RequestContext = staff
      ? {
          ...systemContext('seed'),
          actor: {
            userId: staff.userId,
            staffRoles: [],
            memberships: [{ organisationId: providerOrganisationId, role: 'provider_staff' }],
            sessionId: null,
          },
        }
      : systemContext('seed')
    // A different mix of colleagues per run (shifting by one), always with the demo professional.
    const chosen = [people[0], ...people.slice(1 + (index % PER_RUN), PER_RUN + (index % PER_RUN))].filter(
      (p): p is (typeof people)[number] => p !== undefined,
    )
    const eligible = await stillEligible(
      tx,
      run,
      chosen.map((p) => p.id),
    )
    if (index === 0 && staff) {
      const values = [...chosen.map((p) => p.number ?? p.email), 'KM-999999']
      const report = await checkRows(
        tx,
        run,
        values.map((value, i) => ({ line: i + 1, value })),
      )
      const created = await repo.insertImport(tx, {
        runId: run.id,
        kind: 'list',
        fileName: '',
        sha256: 'demo',
        report,
        createdById: staff.userId,
        now,
      })
      const matched = report.flatMap((r) => (r.outcome === 'matched' ? [r.registrationId!] : []))
      const booked = await bookRegistrants(tx, ctx, run, {
        registrationIds: matched,
        method: 'list',
        importId: created.id,
        now,
      })
      await repo.updateImport(tx, created.id, { state: 'confirmed', confirmedAt: now, bookedCount: booked.size })
      count += booked.size
      continue
    }
    const booked = await bookRegistrants(tx, ctx, run, {
      registrationIds: [...eligible],
      method: 'form',
      importId: null,
      now,
    })
    count += booked.size
  }
  return { attendances: count }
}
