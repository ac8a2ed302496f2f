import type { NormInput } from './api/norms-api.ts'

// Pure helpers of the norms pages: paths, and reading the form's number fields.

export const NORMS_PATH = '/beheer/normen'
export const registerNormsPath = (registerId: string) => `/beheer/registers/${encodeURIComponent(registerId)}/normen`

/** "" → null (no bound), "12,5" or "12.5" → 12.5, anything else → NaN (the form says so). */
export function parsePoints(text: string): number | null {
  const value = text.trim().replace(',', '.')
  if (value === '') return null
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
}

export interface NormFormValues {
  validFrom: string
  totalPoints: string
  trainingMin: string
  trainingMax: string
  reflectionMin: string
  reflectionMax: string
  freeChoiceMin: string
  freeChoiceMax: string
  capPerActivity: string
  proRata: boolean
  note: string
}

/** The form's API field name per input (also the keys of the error messages). */
export const NUMBER_FIELDS = {
  totalPoints: 'totalPoints',
  trainingMin: 'categories.training.minimum',
  trainingMax: 'categories.training.maximum',
  reflectionMin: 'categories.reflection.minimum',
  reflectionMax: 'categories.reflection.maximum',
  freeChoiceMin: 'categories.freeChoice.minimum',
  freeChoiceMax: 'categories.freeChoice.maximum',
  capPerActivity: 'capPerActivity',
} as const satisfies Partial<Record<keyof NormFormValues, string>>

/** The request body, and the fields that are not a number (checked here because they cannot be sent as one). */
export function normInputOf(values: NormFormValues): { input: NormInput; notNumbers: string[] } {
  const notNumbers: string[] = []
  const num = (field: keyof typeof NUMBER_FIELDS) => {
    const parsed = parsePoints(values[field])
    if (Number.isNaN(parsed)) notNumbers.push(NUMBER_FIELDS[field])
    return parsed
  }
  const total = num('totalPoints')
  const input: NormInput = {
    validFrom: values.validFrom.trim() || undefined,
    totalPoints: total ?? undefined,
    categories: {
      training: { minimum: num('trainingMin'), maximum: num('trainingMax') },
      reflection: { minimum: num('reflectionMin'), maximum: num('reflectionMax') },
      freeChoice: { minimum: num('freeChoiceMin'), maximum: num('freeChoiceMax') },
    },
    capPerActivity: num('capPerActivity'),
    proRata: values.proRata,
    note: values.note,
  }
  return { input, notNumbers }
}
