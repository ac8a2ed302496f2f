import { useCallback, useState } from 'react'
import { ApiError } from './api.ts'

/** Field name → message. The field name is the API's field name (`errors[].name`). */
export type FieldErrors = Record<string, string>

export interface FormErrorState {
  fields: FieldErrors
  /** A message that belongs to no field (e.g. "E-mailadres of wachtwoord klopt niet."). */
  general: string | null
  /** Grows with every failed submit, so the error summary takes focus again. */
  attempt: number
}

const EMPTY: FormErrorState = { fields: {}, general: null, attempt: 0 }

/**
 * Error state of one form: client-side checks first, then the API's problem+json answer mapped onto the fields.
 * `fieldAliases` maps an API field name onto the form's field when they differ (e.g. `password` → `newPassword`).
 */
export function useFormErrors(fieldAliases: Record<string, string> = {}) {
  const [state, setState] = useState<FormErrorState>(EMPTY)

  const clear = useCallback(() => setState((s) => ({ ...EMPTY, attempt: s.attempt })), [])

  const fail = useCallback((fields: FieldErrors, general: string | null = null) => {
    setState((s) => ({ fields, general, attempt: s.attempt + 1 }))
  }, [])

  /** Maps an API error onto the known fields; the rest (or a network failure) becomes the general message. */
  const failFromApi = useCallback(
    (error: unknown, fallback: string, known: readonly string[]) => {
      if (!(error instanceof ApiError)) {
        fail({}, fallback)
        return
      }
      const fields: FieldErrors = {}
      const other: string[] = []
      for (const fieldError of error.errors) {
        const name = fieldAliases[fieldError.name] ?? fieldError.name
        if (known.includes(name)) fields[name] ??= fieldError.reason
        else other.push(fieldError.reason)
      }
      const general = Object.keys(fields).length > 0 && other.length === 0 ? null : other[0] || error.detail || fallback
      fail(fields, general)
    },
    [fail, fieldAliases],
  )

  return { errors: state, clear, fail, failFromApi }
}

export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
