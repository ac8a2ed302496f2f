import type { TFunction } from 'i18next'
import type { GeneralProblem } from '../public-register.rules.ts'

/** The general line of the error summary, with the texts of one form (`search` or `verify`). */
export function problemText(problem: GeneralProblem | null, t: TFunction, form: 'search' | 'verify'): string | null {
  if (!problem) return null
  const base = `publicRegister.${form}.errors`
  switch (problem.kind) {
    case 'rate-limited':
      return problem.retryAfter ? t(`${base}.rateLimited`, { count: problem.retryAfter }) : t(`${base}.rateLimitedSoon`)
    case 'message':
      return problem.text
    case 'failed':
      return t(`${base}.failed`)
  }
}
