import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../lib/api.ts'

/** A polite "loading" line for screen readers and sighted users. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <Paragraph role="status" className="vr-loading">
      {label ?? t('common.loading')}
    </Paragraph>
  )
}

/** Shows why data could not load, in plain words. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const detail = error instanceof ApiError && error.detail ? error.detail : t('common.loadFailed')
  return (
    <Alert type="error" role="alert">
      <Paragraph>{detail}</Paragraph>
    </Alert>
  )
}

/** A success or info notice after an action. */
export function Notice({ type = 'ok', children }: { type?: 'ok' | 'info' | 'warning'; children: React.ReactNode }) {
  return (
    <Alert type={type} role="status">
      {children}
    </Alert>
  )
}
