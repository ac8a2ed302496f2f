import { inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client.ts'
import { registers } from '../register/register.tables.ts'
import { insertNormVersion, type NormValues } from './points.norms.service.ts'

// The demo norms (called by db/seed.ts right after the demo registers, before any other points seed).

/** Register Klantmanagers: 200 points in 5 years; ≥ 60 training, ≥ 50 reflection, ≤ 60 free choice, ≤ 40 per activity. */
export const DEMO_NORM_KM: NormValues = {
  validFrom: '2020-01-01',
  totalPoints: 200,
  categories: {
    training: { min: 60, max: null },
    reflection: { min: 50, max: null },
    'free-choice': { min: null, max: 60 },
  },
  capPerActivity: 40,
  proRata: true,
  note: 'Norm bij de start van het register.',
}

/** Register Participatiecoaches (cycles of 4 years): the same norm per year, so 160 points in 4 years. */
export const DEMO_NORM_PC: NormValues = {
  validFrom: '2020-01-01',
  totalPoints: 160,
  categories: {
    training: { min: 48, max: null },
    reflection: { min: 40, max: null },
    'free-choice': { min: null, max: 48 },
  },
  capPerActivity: 32,
  proRata: true,
  note: 'Norm bij de start van het register: 40 punten per jaar, zoals bij de klantmanagers.',
}

const BY_SLUG: Record<string, NormValues> = { klantmanagers: DEMO_NORM_KM, participatiecoaches: DEMO_NORM_PC }

export async function seedNormsDemo(tx: Tx, now: Date): Promise<{ normVersions: number }> {
  const rows = await tx
    .select({ id: registers.id, slug: registers.slug })
    .from(registers)
    .where(inArray(registers.slug, Object.keys(BY_SLUG)))
  for (const row of rows) await insertNormVersion(tx, row.id, BY_SLUG[row.slug]!, now)
  return { normVersions: rows.length }
}
