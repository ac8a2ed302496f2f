import type { DbOrTx } from '../../db/client.ts'
import { findMembershipsOfUser } from './organisations.repository.ts'

/** The organisations a user belongs to and their role in each (used to build the Actor at each request). */
export function membershipsOfUser(db: DbOrTx, userId: string) {
  return findMembershipsOfUser(db, userId)
}
