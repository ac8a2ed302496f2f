import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../src/db/client.ts'
import { normalizeSurname } from '../src/modules/register/register.rules.ts'
import {
  type RegistrationStatus,
  registers,
  registrationCycles,
  registrationStatusChanges,
  registrations,
} from '../src/modules/register/register.tables.ts'

// Test fixtures for registrations, written straight to the tables (tests of other modules, not of the register).

export async function createTestRegister(db: DbOrTx, name = 'Register Klantmanagers') {
  const suffix = randomBytes(3).toString('hex')
  const prefix = `T${randomBytes(2)
    .toString('hex')
    .replace(/[0-9]/g, (d) => 'ABCDEFGHIJ'[Number(d)]!)
    .toUpperCase()}`
  const [row] = await db
    .insert(registers)
    .values({ name, slug: `test-${suffix}`, numberPrefix: prefix.slice(0, 5), professions: ['klantmanager werk'] })
    .returning()
  return row!
}

let counter = 0

export interface TestRegistrationInput {
  registerId: string
  userId: string
  employerOrganisationId?: string | null
  status?: RegistrationStatus
  surname?: string
  infix?: string
  initials?: string
  /** ISO date of the approval (cycle start); default 2024-03-01. */
  startDate?: string
  /** Statuses with a number get a number, a cycle and history (apply, approve, and the last status). */
  numbered?: boolean
}

/** A registration with history; registered (and later) ones get a number and a first cycle of 5 years. */
export async function createTestRegistration(db: DbOrTx, input: TestRegistrationInput) {
  const status = input.status ?? 'registered'
  const numbered = input.numbered ?? !['candidate', 'rejected'].includes(status)
  const startDate = input.startDate ?? '2024-03-01'
  const surname = input.surname ?? 'Jansen'
  const infix = input.infix ?? ''
  counter += 1
  const [register] = await db
    .select({ prefix: registers.numberPrefix })
    .from(registers)
    .where(eq(registers.id, input.registerId))
  const number = numbered ? `${register?.prefix ?? 'KM'}-${String(900000 + counter).padStart(6, '0')}` : null
  const [row] = await db
    .insert(registrations)
    .values({
      registerId: input.registerId,
      userId: input.userId,
      registrationNumber: number,
      status,
      profession: 'klantmanager werk',
      employerOrganisationId: input.employerOrganisationId ?? null,
      initials: input.initials ?? 'J.',
      infix,
      surname,
      surnameSearch: normalizeSurname(`${infix} ${surname}`),
      registeredSince: numbered ? startDate : null,
    })
    .returning()
  const registration = row!
  const history: (typeof registrationStatusChanges.$inferInsert)[] = [
    {
      registrationId: registration.id,
      action: 'apply',
      fromStatus: null,
      toStatus: 'candidate',
      effectiveDate: '2024-02-01',
    },
  ]
  let cycle: typeof registrationCycles.$inferSelect | null = null
  if (numbered) {
    history.push({
      registrationId: registration.id,
      action: 'approve',
      fromStatus: 'candidate',
      toStatus: 'registered',
      effectiveDate: startDate,
    })
    const end = `${Number(startDate.slice(0, 4)) + 5}${startDate.slice(4)}`
    const [c] = await db
      .insert(registrationCycles)
      .values({ registrationId: registration.id, number: 1, startDate, endDate: end })
      .returning()
    cycle = c!
    if (status !== 'registered') {
      history.push({
        registrationId: registration.id,
        action: status === 'suspended' ? 'suspend' : status === 'lapsed' ? 'lapse' : 'remove',
        fromStatus: 'registered',
        toStatus: status,
        effectiveDate: '2025-01-01',
        reason: 'Testreden',
      })
    }
  }
  await db.insert(registrationStatusChanges).values(history)
  return { registration, cycle }
}
