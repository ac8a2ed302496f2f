import { eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { formatRegistrationNumber } from './register.rules.ts'
import { registers, registrationNumberCounters } from './register.tables.ts'

/**
 * Hands out the next registration number of a register, e.g. `KM-000124`. Call it inside the approving
 * transaction: the counter row stays locked until commit, so concurrent approvals wait their turn; a rollback
 * returns the number unused, and a committed number is never handed out again.
 */
export async function allocateRegistrationNumber(
  tx: DbOrTx,
  register: { id: string; numberPrefix: string },
): Promise<string> {
  const [row] = await tx
    .insert(registrationNumberCounters)
    .values({ registerId: register.id, nextValue: 2 })
    .onConflictDoUpdate({
      target: registrationNumberCounters.registerId,
      set: { nextValue: sql`${registrationNumberCounters.nextValue} + 1` },
    })
    .returning({ value: sql<number>`${registrationNumberCounters.nextValue} - 1` })
  // Read the prefix after taking the counter lock: a prefix change (which takes the same lock) is then either
  // fully before this number or refused because a number exists.
  const [current] = await tx
    .select({ numberPrefix: registers.numberPrefix })
    .from(registers)
    .where(eq(registers.id, register.id))
  return formatRegistrationNumber(current?.numberPrefix ?? register.numberPrefix, Number(row!.value))
}
