import type { Tx } from '../../db/client.ts'
import { dataRequests } from './privacy.tables.ts'

// Demo data requests (called by db/seed.ts inside its transaction; never in production): one open correction
// request, so the register office's page of requests has something to handle.

export async function seedPrivacyDemo(tx: Tx, now: Date, person: { id: string } | undefined) {
  if (!person) return { dataRequests: 0 }
  await tx.insert(dataRequests).values({
    userId: person.id,
    kind: 'correction',
    details: 'Mijn achternaam staat verkeerd in mijn account: er ontbreekt een accent. Kunnen jullie dat verbeteren?',
    createdAt: new Date(now.getTime() - 2 * 86_400_000),
  })
  return { dataRequests: 1 }
}
