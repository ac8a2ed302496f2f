import { and, asc, eq, inArray, isNotNull, ne, or, type SQL, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import type { RegisterSettingsInput } from './register.registers.rules.ts'
import { registers, registrationNumberCounters, registrations } from './register.tables.ts'

/** Every register with its public settings, by name. */
export function findRegisters(db: DbOrTx) {
  return db
    .select({
      id: registers.id,
      name: registers.name,
      slug: registers.slug,
      numberPrefix: registers.numberPrefix,
      professions: registers.professions,
      cycleYears: registers.cycleYears,
    })
    .from(registers)
    .orderBy(asc(registers.name))
}

/** True once the register has handed out a number: the counter moved on, or a registration carries a number. */
const numberPrefixLocked = sql<boolean>`(exists (select 1 from ${registrationNumberCounters}
    where ${registrationNumberCounters.registerId} = ${registers.id} and ${registrationNumberCounters.nextValue} > 1)
  or exists (select 1 from ${registrations}
    where ${registrations.registerId} = ${registers.id} and ${registrations.registrationNumber} is not null))`

const settingsColumns = {
  id: registers.id,
  name: registers.name,
  slug: registers.slug,
  numberPrefix: registers.numberPrefix,
  professions: registers.professions,
  cycleYears: registers.cycleYears,
  numberPrefixLocked,
}

export async function findRegisterSettings(db: DbOrTx, registerId: string) {
  const [row] = await db.select(settingsColumns).from(registers).where(eq(registers.id, registerId))
  return row
}

/** The register's row, locked until the end of the transaction: changes to one register run one after another. */
export async function lockRegister(db: DbOrTx, registerId: string) {
  const [row] = await db
    .select({
      name: registers.name,
      slug: registers.slug,
      numberPrefix: registers.numberPrefix,
      professions: registers.professions,
      cycleYears: registers.cycleYears,
    })
    .from(registers)
    .where(eq(registers.id, registerId))
    .for('update')
  return row
}

/**
 * Whether the register has handed out a number, holding its number counter locked until commit: an approval that
 * wants a number waits for this transaction (and the other way round), so a prefix cannot change under it.
 */
export async function lockNumberCounterAndCheckIssued(db: DbOrTx, registerId: string): Promise<boolean> {
  await db.insert(registrationNumberCounters).values({ registerId, nextValue: 1 }).onConflictDoNothing()
  const [counter] = await db
    .select({ nextValue: registrationNumberCounters.nextValue })
    .from(registrationNumberCounters)
    .where(eq(registrationNumberCounters.registerId, registerId))
    .for('update')
  if ((counter?.nextValue ?? 1) > 1) return true
  const [numbered] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.registerId, registerId), isNotNull(registrations.registrationNumber)))
    .limit(1)
  return numbered !== undefined
}

/** Which of slug and prefix another register already has. */
export async function findTaken(
  db: DbOrTx,
  values: { slug?: string; numberPrefix?: string },
  exceptRegisterId?: string,
): Promise<{ slug: boolean; numberPrefix: boolean }> {
  const matches: SQL[] = []
  if (values.slug !== undefined) matches.push(eq(registers.slug, values.slug))
  if (values.numberPrefix !== undefined) matches.push(eq(registers.numberPrefix, values.numberPrefix))
  if (matches.length === 0) return { slug: false, numberPrefix: false }
  const rows = await db
    .select({ slug: registers.slug, numberPrefix: registers.numberPrefix })
    .from(registers)
    .where(and(or(...matches), exceptRegisterId ? ne(registers.id, exceptRegisterId) : undefined))
  return {
    slug: values.slug !== undefined && rows.some((r) => r.slug === values.slug),
    numberPrefix: values.numberPrefix !== undefined && rows.some((r) => r.numberPrefix === values.numberPrefix),
  }
}

/** Of the given professions, those that registrations of this register (in any status) still carry. */
export async function findProfessionsInUse(db: DbOrTx, registerId: string, professions: string[]) {
  if (professions.length === 0) return []
  const rows = await db
    .selectDistinct({ profession: registrations.profession })
    .from(registrations)
    .where(and(eq(registrations.registerId, registerId), inArray(registrations.profession, professions)))
  const used = new Set(rows.map((r) => r.profession))
  return professions.filter((p) => used.has(p))
}

export async function insertRegister(db: DbOrTx, values: RegisterSettingsInput & { createdAt: Date }) {
  const [row] = await db.insert(registers).values(values).returning({ id: registers.id })
  return row!.id
}

export async function updateRegister(db: DbOrTx, registerId: string, values: Partial<RegisterSettingsInput>) {
  await db.update(registers).set(values).where(eq(registers.id, registerId))
}
