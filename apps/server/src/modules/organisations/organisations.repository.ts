import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { memberships, organisations } from './organisations.tables.ts'

export function findMembershipsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name)
}
