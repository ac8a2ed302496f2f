import { and, eq, isNull } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { eventCheckIns } from './events.check-in.tables.ts'
import type { Answers } from './events.evaluations.rules.ts'
import { eventEvaluationSubmissions, eventEvaluations } from './events.evaluations.tables.ts'
import { eventSignUps } from './events.tables.ts'

// Queries of evaluations. Nothing here joins an answer to a person: the answers table has no column to join on.

/** Whether the person has a check-in for the event that is not undone. */
export async function attended(db: DbOrTx, eventId: string, userId: string) {
  const rows = await db
    .select({ id: eventCheckIns.id })
    .from(eventCheckIns)
    .innerJoin(eventSignUps, eq(eventSignUps.id, eventCheckIns.signUpId))
    .where(and(eq(eventCheckIns.eventId, eventId), eq(eventSignUps.userId, userId), isNull(eventCheckIns.undoneAt)))
    .limit(1)
  return rows.length > 0
}

export async function hasSubmitted(db: DbOrTx, eventId: string, userId: string) {
  const rows = await db
    .select({ eventId: eventEvaluationSubmissions.eventId })
    .from(eventEvaluationSubmissions)
    .where(and(eq(eventEvaluationSubmissions.eventId, eventId), eq(eventEvaluationSubmissions.userId, userId)))
  return rows.length > 0
}

/** Records that the person evaluated; false when they already had (the primary key, also under concurrency). */
export async function recordSubmission(db: DbOrTx, eventId: string, userId: string) {
  const inserted = await db
    .insert(eventEvaluationSubmissions)
    .values({ eventId, userId })
    .onConflictDoNothing()
    .returning({ eventId: eventEvaluationSubmissions.eventId })
  return inserted.length === 1
}

export async function insertAnswers(db: DbOrTx, eventId: string, answers: Answers) {
  await db.insert(eventEvaluations).values({ eventId, ...answers })
}

export function answersOf(db: DbOrTx, eventId: string): Promise<Answers[]> {
  return db
    .select({
      contentScore: eventEvaluations.contentScore,
      speakerScore: eventEvaluations.speakerScore,
      usefulnessScore: eventEvaluations.usefulnessScore,
      comment: eventEvaluations.comment,
    })
    .from(eventEvaluations)
    .where(eq(eventEvaluations.eventId, eventId))
}
