import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { eventAttendanceCredentials } from './events.certificates.tables.ts'
import { eventCheckIns } from './events.check-in.tables.ts'

// Queries of the kept attendance credentials. The person and the event are read through the check-in and events
// repositories of this module.

export async function findCredentialOfCheckIn(db: DbOrTx, checkInId: string) {
  const [row] = await db
    .select()
    .from(eventAttendanceCredentials)
    .where(eq(eventAttendanceCredentials.checkInId, checkInId))
  return row
}

export async function insertCredential(db: DbOrTx, values: typeof eventAttendanceCredentials.$inferInsert) {
  await db.insert(eventAttendanceCredentials).values(values)
}

/** A credential by its id with whether its check-in still stands; undefined when it is not an attendance credential. */
export async function findCredentialWithCheckIn(db: DbOrTx, credentialId: string) {
  const [row] = await db
    .select({ document: eventAttendanceCredentials.document, undoneAt: eventCheckIns.undoneAt })
    .from(eventAttendanceCredentials)
    .innerJoin(eventCheckIns, eq(eventCheckIns.id, eventAttendanceCredentials.checkInId))
    .where(eq(eventAttendanceCredentials.credentialId, credentialId))
  return row
}
