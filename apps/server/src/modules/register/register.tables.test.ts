import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, testDbKind } from '../../../test/database.ts'
import type { DatabaseHandle, DbOrTx } from '../../db/client.ts'
import { users } from '../identity/identity.tables.ts'
import { allocateRegistrationNumber } from './register.repository.ts'
import { normalizeSurname } from './register.rules.ts'
import { registers, registrationStatusChanges, registrations } from './register.tables.ts'

let database: DatabaseHandle
let km: { id: string; numberPrefix: string }
let sh: { id: string; numberPrefix: string }

beforeAll(async () => {
  database = await createTestDatabase()
  const rows = await database.db
    .insert(registers)
    .values([
      { name: 'Register Klantmanagers', slug: 'klantmanagers', numberPrefix: 'KM', professions: ['jobcoach'] },
      { name: 'Register Schuldhulpverleners', slug: 'schuldhulp', numberPrefix: 'SH', professions: ['schuldhulp'] },
    ])
    .returning()
  km = rows[0]!
  sh = rows[1]!
})
afterAll(() => database.close())

let userCount = 0
async function newUser(db: DbOrTx = database.db): Promise<string> {
  userCount++
  const [user] = await db
    .insert(users)
    .values({ email: `persoon${userCount}@voorbeeld.nl`, passwordHash: 'x' })
    .returning({ id: users.id })
  return user!.id
}

/** The database's own message for a refused statement (drizzle wraps it in `cause`). */
async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement
  } catch (error) {
    const e = error as Error & { cause?: Error }
    return e.cause?.message ?? e.message
  }
  return 'not refused'
}

const person = (surname: string, infix = '') => ({
  profession: 'jobcoach',
  initials: 'J.',
  infix,
  surname,
  surnameSearch: normalizeSurname(`${infix} ${surname}`),
})

describe('registration numbers from the counter', () => {
  it('count up per register, each register on its own', async () => {
    const a = await allocateRegistrationNumber(database.db, km)
    const b = await allocateRegistrationNumber(database.db, km)
    const c = await allocateRegistrationNumber(database.db, sh)
    expect([a, b, c]).toEqual(['KM-000001', 'KM-000002', 'SH-000001'])
  })

  it('a rolled-back approval gives its number back; a committed number is never handed out again', async () => {
    const userId = await newUser()
    await expect(
      database.db.transaction(async (tx) => {
        await allocateRegistrationNumber(tx, sh)
        throw new Error('the approval failed')
      }),
    ).rejects.toThrow('the approval failed')
    const number = await database.db.transaction(async (tx) => {
      const n = await allocateRegistrationNumber(tx, sh)
      await tx.insert(registrations).values({
        registerId: sh.id,
        userId,
        status: 'registered',
        registrationNumber: n,
        registeredSince: '2026-03-01',
        ...person('Jansen'),
      })
      return n
    })
    expect(number).toBe('SH-000002')
    expect(await allocateRegistrationNumber(database.db, sh)).toBe('SH-000003')
  })

  it.skipIf(testDbKind() === 'pglite')(
    'twenty register-office members approving at the same moment each get a different number',
    async () => {
      const register = (
        await database.db
          .insert(registers)
          .values({ name: 'Register Jobcoaches', slug: 'jobcoaches', numberPrefix: 'JC' })
          .returning()
      )[0]!
      const people = await Promise.all(Array.from({ length: 20 }, () => newUser()))
      let started = 0
      let release!: () => void
      const allStarted = new Promise<void>((resolve) => {
        release = resolve
      })
      const approve = (userId: string, i: number) =>
        database.db.transaction(async (tx) => {
          await tx.execute(sql`select 1`)
          if (++started === 20) release()
          await allStarted // all twenty transactions are open at once before any takes a number
          const number = await allocateRegistrationNumber(tx, register)
          await tx.execute(sql`select pg_sleep(0.01)`)
          await tx.insert(registrations).values({
            registerId: register.id,
            userId,
            status: 'registered',
            registrationNumber: number,
            registeredSince: '2026-03-01',
            ...person(`Persoon${i}`),
          })
          if (i % 5 === 0) throw new Error('this approval is rolled back')
          return number
        })
      const results = await Promise.allSettled(people.map(approve))
      const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
      expect(numbers).toHaveLength(16)
      expect(new Set(numbers).size).toBe(16)
      // Gap-free: the four rolled-back approvals gave their numbers back.
      expect(numbers.sort()).toEqual(Array.from({ length: 16 }, (_, i) => `JC-${String(i + 1).padStart(6, '0')}`))
      const stored = await database.db.select().from(registrations).where(eq(registrations.registerId, register.id))
      expect(stored.map((r) => r.registrationNumber).sort()).toEqual(numbers)
    },
  )
})

describe('the registrations table', () => {
  it('refuses a registered person without a registration number', async () => {
    const userId = await newUser()
    await expect(
      database.db
        .insert(registrations)
        .values({ registerId: km.id, userId, status: 'registered', ...person('Bakker') }),
    ).rejects.toThrow()
  })

  it('refuses the same registration number twice and a second registration of one person in one register', async () => {
    const [a, b] = [await newUser(), await newUser()]
    const base = { registerId: km.id, status: 'registered' as const, registeredSince: '2026-03-01' }
    await database.db
      .insert(registrations)
      .values({ ...base, userId: a, registrationNumber: 'KM-900001', ...person('Visser') })
    await expect(
      database.db
        .insert(registrations)
        .values({ ...base, userId: b, registrationNumber: 'KM-900001', ...person('Smit') }),
    ).rejects.toThrow()
    await expect(
      database.db.insert(registrations).values({ registerId: km.id, userId: a, ...person('Visser') }),
    ).rejects.toThrow()
  })

  it('finds a surname by its search key despite tussenvoegsel, accents and a small typo', async () => {
    for (const [infix, surname] of [
      ['van der', 'Berg'],
      ['', 'Çelik'],
      ['de', 'Vries'],
    ] as const)
      await database.db
        .insert(registrations)
        .values({ registerId: km.id, userId: await newUser(), ...person(surname, infix) })
    const search = async (typed: string) => {
      const key = normalizeSurname(typed)
      const rows = await database.db
        .select({ surname: registrations.surname })
        .from(registrations)
        .where(sql`${registrations.surnameSearch} % ${key}`)
        .orderBy(sql`similarity(${registrations.surnameSearch}, ${key}) desc`)
        .limit(20)
      return rows.map((r) => r.surname)
    }
    expect(await search('Van den Berg')).toContain('Berg')
    expect(await search('celik')).toContain('Çelik')
    expect(await search('Vriees')).toContain('Vries')
    expect(await search('Vriees')).not.toContain('Berg')
  })
})

describe('the status history', () => {
  it('can be added to but never changed or deleted', async () => {
    const userId = await newUser()
    const [registration] = await database.db
      .insert(registrations)
      .values({ registerId: km.id, userId, ...person('Mulder') })
      .returning()
    const [change] = await database.db
      .insert(registrationStatusChanges)
      .values({
        registrationId: registration!.id,
        action: 'apply',
        toStatus: 'candidate',
        effectiveDate: '2026-03-01',
        actorId: userId,
      })
      .returning()
    expect(
      await refusal(
        database.db
          .update(registrationStatusChanges)
          .set({ reason: 'achteraf aangepast' })
          .where(eq(registrationStatusChanges.id, change!.id)),
      ),
    ).toMatch(/append-only: UPDATE refused/)
    expect(
      await refusal(database.db.delete(registrationStatusChanges).where(eq(registrationStatusChanges.id, change!.id))),
    ).toMatch(/append-only: DELETE refused/)
    expect(await refusal(database.db.execute(sql`truncate registration_status_changes cascade`))).toMatch(
      /append-only: TRUNCATE refused/,
    )
    const [kept] = await database.db
      .select()
      .from(registrationStatusChanges)
      .where(eq(registrationStatusChanges.id, change!.id))
    expect(kept).toMatchObject({ reason: '', toStatus: 'candidate' })
  })

  it('refuses a removal confirmed by the same person who asked for it', async () => {
    const userId = await newUser()
    const office = await newUser()
    const [registration] = await database.db
      .insert(registrations)
      .values({ registerId: km.id, userId, ...person('Bos') })
      .returning()
    await expect(
      database.db.insert(registrationStatusChanges).values({
        registrationId: registration!.id,
        action: 'remove',
        fromStatus: 'registered',
        toStatus: 'removed',
        effectiveDate: '2026-03-01',
        actorId: office,
        confirmedById: office,
      }),
    ).rejects.toThrow()
  })
})
