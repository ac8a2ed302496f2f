import { randomInt } from 'node:crypto'
import { and, asc, eq, lt, sql } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { encodeStatusList, MIN_STATUS_LIST_SIZE } from './bitstring.ts'
import { credentialStatusAllocations, credentialStatusBits, credentialStatusLists } from './credentials.tables.ts'
import { CREDENTIALS_V2_CONTEXT } from './document-loader.ts'
import type { Issuer } from './issuer.ts'
import { signCredential, toDateTime } from './sign.ts'

/** suspension: set while a registration is suspended or removed, cleared when it is in force again. revocation: never cleared. */
export type StatusPurpose = 'suspension' | 'revocation'

export interface StatusAllocation {
  listId: number
  index: number
}

/** The public URL of a status list credential (served by a later route). */
export const statusListUrl = (publicUrl: string, listId: number, purpose: StatusPurpose) =>
  `${publicUrl}/api/v1/status-lists/${listId}/${purpose}`

/** The `credentialStatus` entry a credential carries (W3C Bitstring Status List §2.1). */
export function statusListEntry(publicUrl: string, allocation: StatusAllocation, purpose: StatusPurpose) {
  const statusListCredential = statusListUrl(publicUrl, allocation.listId, purpose)
  return {
    id: `${statusListCredential}#${allocation.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(allocation.index),
    statusListCredential,
  }
}

/**
 * Gives a credential its own index, chosen at random among the free ones of the first list that has room (a new list
 * when all are full). Run inside the transaction that issues the credential; the list row is locked meanwhile.
 */
export async function allocateStatusIndex(
  tx: DbOrTx,
  credentialId: string,
  now: Date,
  size = MIN_STATUS_LIST_SIZE,
): Promise<StatusAllocation> {
  for (;;) {
    const [list] = await tx
      .select()
      .from(credentialStatusLists)
      .where(lt(credentialStatusLists.allocated, credentialStatusLists.size))
      .orderBy(asc(credentialStatusLists.id))
      .limit(1)
      .for('update')
    if (!list) {
      const [{ next }] = (await tx
        .select({ next: sql<number>`coalesce(max(${credentialStatusLists.id}), 0) + 1` })
        .from(credentialStatusLists)) as [{ next: number }]
      await tx
        .insert(credentialStatusLists)
        .values({ id: Number(next), size, createdAt: now })
        .onConflictDoNothing()
      continue
    }
    // Random first (herd privacy, §6.1); when the list is nearly full, the lowest free index.
    for (let attempt = 0; attempt < 32; attempt++) {
      const index = randomInt(list.size)
      if (await tryAllocate(tx, list.id, index, credentialId, now)) return { listId: list.id, index }
    }
    const taken = await tx
      .select({ index: credentialStatusAllocations.statusIndex })
      .from(credentialStatusAllocations)
      .where(eq(credentialStatusAllocations.listId, list.id))
      .orderBy(asc(credentialStatusAllocations.statusIndex))
    let index = 0
    while (index < taken.length && taken[index]!.index === index) index++
    if (await tryAllocate(tx, list.id, index, credentialId, now)) return { listId: list.id, index }
  }
}

async function tryAllocate(tx: DbOrTx, listId: number, index: number, credentialId: string, now: Date) {
  const inserted = await tx
    .insert(credentialStatusAllocations)
    .values({ listId, statusIndex: index, credentialId, allocatedAt: now })
    .onConflictDoNothing({ target: [credentialStatusAllocations.listId, credentialStatusAllocations.statusIndex] })
    .returning({ index: credentialStatusAllocations.statusIndex })
  if (inserted.length === 0) return false
  await tx
    .update(credentialStatusLists)
    .set({ allocated: sql`${credentialStatusLists.allocated} + 1` })
    .where(eq(credentialStatusLists.id, listId))
  return true
}

/** The status list index a credential was given; undefined for a credential that is not ours. */
export async function findStatusAllocation(db: DbOrTx, credentialId: string): Promise<StatusAllocation | undefined> {
  const [row] = await db
    .select({ listId: credentialStatusAllocations.listId, index: credentialStatusAllocations.statusIndex })
    .from(credentialStatusAllocations)
    .where(eq(credentialStatusAllocations.credentialId, credentialId))
  return row
}

/** Sets the bit (e.g. on suspension or removal). Setting it twice is harmless. */
export async function setStatusBit(db: DbOrTx, allocation: StatusAllocation, purpose: StatusPurpose, now: Date) {
  await db
    .insert(credentialStatusBits)
    .values({ listId: allocation.listId, purpose, statusIndex: allocation.index, setAt: now })
    .onConflictDoNothing()
}

/** Clears a suspension bit (the registration is in force again). A revocation is final and cannot be cleared. */
export async function clearStatusBit(db: DbOrTx, allocation: StatusAllocation, purpose: StatusPurpose) {
  if (purpose === 'revocation') throw new Error('a revocation is final; its status bit cannot be cleared')
  await db
    .delete(credentialStatusBits)
    .where(
      and(
        eq(credentialStatusBits.listId, allocation.listId),
        eq(credentialStatusBits.purpose, purpose),
        eq(credentialStatusBits.statusIndex, allocation.index),
      ),
    )
}

/** Whether the bit is set, read from the database. */
export async function isStatusBitSet(db: DbOrTx, allocation: StatusAllocation, purpose: StatusPurpose) {
  const rows = await db
    .select({ index: credentialStatusBits.statusIndex })
    .from(credentialStatusBits)
    .where(
      and(
        eq(credentialStatusBits.listId, allocation.listId),
        eq(credentialStatusBits.purpose, purpose),
        eq(credentialStatusBits.statusIndex, allocation.index),
      ),
    )
  return rows.length > 0
}

/** One list's state for one purpose: its size and the indexes whose bit is set (ascending). */
export interface StatusListState {
  listId: number
  purpose: StatusPurpose
  size: number
  setIndexes: number[]
}

/** Reads a list's state in one query; null for a list that does not exist. */
export async function readStatusList(db: DbOrTx, listId: number, purpose: StatusPurpose) {
  const rows = await db
    .select({ size: credentialStatusLists.size, index: credentialStatusBits.statusIndex })
    .from(credentialStatusLists)
    .leftJoin(
      credentialStatusBits,
      and(eq(credentialStatusBits.listId, credentialStatusLists.id), eq(credentialStatusBits.purpose, purpose)),
    )
    .where(eq(credentialStatusLists.id, listId))
    .orderBy(asc(credentialStatusBits.statusIndex))
  if (rows.length === 0) return null
  const setIndexes = rows.flatMap((r) => (r.index === null ? [] : [r.index]))
  return { listId, purpose, size: rows[0]!.size, setIndexes } satisfies StatusListState
}

/** Signs a BitstringStatusListCredential of this state (validFrom: now). */
export function signStatusList(issuer: Issuer, state: StatusListState, now: Date) {
  const id = statusListUrl(issuer.publicUrl, state.listId, state.purpose)
  return signCredential(
    issuer,
    {
      '@context': [CREDENTIALS_V2_CONTEXT],
      id,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuer.id,
      validFrom: toDateTime(now),
      credentialSubject: {
        id: `${id}#list`,
        type: 'BitstringStatusList',
        statusPurpose: state.purpose,
        encodedList: encodeStatusList(state.setIndexes, state.size),
      },
    },
    now,
  )
}

/**
 * The signed BitstringStatusListCredential for one list and purpose, as the public URL serves it. Returns null for a
 * list that does not exist.
 */
export async function buildStatusListCredential(
  db: DbOrTx,
  issuer: Issuer,
  listId: number,
  purpose: StatusPurpose,
  now: Date,
) {
  const state = await readStatusList(db, listId, purpose)
  return state ? signStatusList(issuer, state, now) : null
}
