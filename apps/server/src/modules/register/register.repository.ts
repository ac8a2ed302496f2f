import { sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { formatRegistrationNumber } from './register.rules.ts'
import { registrationNumberCounters } from './register.tables.ts'

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
  return formatRegistrationNumber(register.numberPrefix, Number(row!.value))
}
