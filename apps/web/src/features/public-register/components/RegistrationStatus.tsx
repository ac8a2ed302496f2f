import { StatusBadge } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import type { RegistrationStatus as Status } from '../api/public-register-api.ts'

/** The status of a registration as a badge: the word carries the meaning, the colour only supports it. */
export function RegistrationStatus({ status }: { status: Status }) {
  const { t } = useTranslation()
  return (
    <StatusBadge className={`vr-registration-status vr-registration-status--${status}`}>
      {t(`publicRegister.status.${status}`)}
    </StatusBadge>
  )
}
