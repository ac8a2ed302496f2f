import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api.ts'

/** What an action (sign up, cancel, confirm) led to: a message that it worked, or why it did not. */
export interface OutcomeState {
  message?: string
  error?: unknown
  /** Grows with every action, so the outcome takes focus again. */
  attempt: number
}

/** The text for a failed action. The API's problem answer already says it in the person's language. */
export function useProblemText() {
  const { t } = useTranslation()
  return (error: unknown) => {
    if (error instanceof ApiError) {
      if (error.status === 401) return t('agenda.errors.loggedOut')
      if (error.status === 0) return t('agenda.errors.network')
      if (error.detail) return error.detail
    }
    return t('agenda.errors.unknown')
  }
}

/**
 * The outcome of the last action, e.g. "Je bent al aangemeld…" or "De aanmelddeadline is voorbij…" from a
 * problem+json answer. It takes focus after every action, so a screen reader reads it and the keyboard is not lost
 * when the button that was pressed disappears.
 */
export function Outcome({ state }: { state: OutcomeState }) {
  const { t } = useTranslation()
  const problemText = useProblemText()
  const ref = useRef<HTMLDivElement>(null)
  const visible = !!state.message || state.error !== undefined
  useEffect(() => {
    if (state.attempt > 0 && visible) ref.current?.focus()
  }, [state.attempt, visible])
  if (!visible) return null
  return (
    <div ref={ref} tabIndex={-1} className="vr-agenda__outcome">
      {state.error !== undefined ? (
        <Alert type="error" role="alert">
          <Paragraph>
            <strong>{t('agenda.errors.title')}.</strong> {problemText(state.error)}
          </Paragraph>
        </Alert>
      ) : (
        <Alert type="ok" role="status">
          <Paragraph>{state.message}</Paragraph>
        </Alert>
      )}
    </div>
  )
}
