import type { Tx } from '../../db/client.ts'
import type { DemoRegister, DemoRegistration } from '../../db/seed-data.ts'
import { allocateRegistrationNumber } from './register.repository.ts'
import { addDays, addMonths, firstCycle, INFIX_WORDS, normalizeSurname } from './register.rules.ts'
import { registers, registrationCycles, registrationStatusChanges, registrations } from './register.tables.ts'

// Demo registers and registrations (called by db/seed.ts inside its transaction; never in production).

/** "van den Berg" → infix "van den", surname "Berg"; "El Amrani" stays whole. */
export function splitFamilyName(familyName: string): { infix: string; surname: string } {
  const words = familyName.trim().split(/\s+/)
  let first = 0
  while (first < words.length - 1 && INFIX_WORDS.has(words[first]!.toLowerCase())) first++
  return { infix: words.slice(0, first).join(' '), surname: words.slice(first).join(' ') }
}

/** "Sanne" → "S.", "Jan Willem" → "J.W." */
export const initialsOf = (givenName: string) =>
  givenName
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => `${word[0]!.toUpperCase()}.`)
    .join('')

export interface SeedPerson {
  id: string
  givenName: string
  familyName: string
  organisationId: string | null
}

export async function seedRegisterDemo(
  tx: Tx,
  now: Date,
  demoRegisters: DemoRegister[],
  demoRegistrations: DemoRegistration[],
  people: Map<string, SeedPerson>,
): Promise<{ registers: number; registrations: number }> {
  const today = now.toISOString().slice(0, 10)
  const registerRows = await tx
    .insert(registers)
    .values(demoRegisters.map(({ key: _key, ...r }) => ({ ...r, createdAt: now })))
    .returning({ id: registers.id, slug: registers.slug, numberPrefix: registers.numberPrefix })
  const byKey = new Map(demoRegisters.map((r) => [r.key, registerRows.find((row) => row.slug === r.slug)!]))
  const cycleYears = new Map(demoRegisters.map((r) => [r.key, r.cycleYears]))

  for (const demo of demoRegistrations) {
    const person = people.get(demo.email)
    if (!person) throw new Error(`seed: no demo account ${demo.email}`)
    const register = byKey.get(demo.register)!
    const { infix, surname } = splitFamilyName(person.familyName)
    const appliedOn = addDays(addMonths(today, -demo.monthsAgo), -21)
    const startDate = addMonths(today, -demo.monthsAgo)
    const cycle = firstCycle(startDate, cycleYears.get(demo.register)!)
    const approved = demo.kind !== 'candidate'
    const status =
      demo.kind === 'candidate'
        ? 'candidate'
        : demo.kind === 'lapsed' && cycle.endDate < today
          ? 'lapsed'
          : demo.kind === 'suspended'
            ? 'suspended'
            : 'registered'
    const [row] = await tx
      .insert(registrations)
      .values({
        registerId: register.id,
        userId: person.id,
        registrationNumber: approved ? await allocateRegistrationNumber(tx, register) : null,
        status,
        profession: demo.profession,
        employerOrganisationId: person.organisationId,
        showEmployerPublicly: demo.showEmployerPublicly,
        initials: initialsOf(person.givenName),
        infix,
        surname,
        surnameSearch: normalizeSurname(`${infix} ${surname}`),
        registeredSince: approved ? startDate : null,
        createdAt: new Date(`${appliedOn}T09:00:00Z`),
        updatedAt: now,
      })
      .returning({ id: registrations.id })
    const registrationId = row!.id
    const history: (typeof registrationStatusChanges.$inferInsert)[] = [
      { registrationId, action: 'apply', fromStatus: null, toStatus: 'candidate', effectiveDate: appliedOn },
    ]
    if (approved) {
      history.push({
        registrationId,
        action: 'approve',
        fromStatus: 'candidate',
        toStatus: 'registered',
        effectiveDate: startDate,
      })
      await tx.insert(registrationCycles).values({ registrationId, number: 1, ...cycle, createdAt: now })
    }
    if (status === 'lapsed') {
      history.push({
        registrationId,
        action: 'lapse',
        fromStatus: 'registered',
        toStatus: 'lapsed',
        effectiveDate: addDays(cycle.endDate, 1),
        reason: 'Einde van de registratieperiode zonder herregistratie.',
      })
    }
    if (status === 'suspended') {
      history.push({
        registrationId,
        action: 'suspend',
        fromStatus: 'registered',
        toStatus: 'suspended',
        effectiveDate: addDays(today, -14),
        reason: 'Tuchtrechtelijke maatregel: schorsing van drie maanden.',
        publicUntil: addMonths(today, 6),
      })
    }
    await tx
      .insert(registrationStatusChanges)
      .values(history.map((h) => ({ ...h, decidedAt: new Date(`${h.effectiveDate}T10:00:00Z`) })))
  }
  return { registers: registerRows.length, registrations: demoRegistrations.length }
}
