import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicMeasure, PublicRegistration } from '../api/public-register-api.ts'
import { formatDate } from '../public-register.rules.ts'
import { RegistrationStatus } from './RegistrationStatus.tsx'

/** A suspension or removal while it is public: what, from when, and until when it is shown. */
export function MeasureNotice({ measure }: { measure: PublicMeasure }) {
  const { t, i18n } = useTranslation()
  const kind = t(`publicRegister.registration.measureKind.${measure.kind}`)
  return (
    <Alert type={measure.kind === 'removal' ? 'error' : 'warning'}>
      <Heading level={2} className="vr-verdict__headline">
        {t('publicRegister.registration.measureTitle', { kind })}
      </Heading>
      <Paragraph>
        {t(`publicRegister.registration.measureText.${measure.kind}`, {
          from: formatDate(measure.effectiveDate, i18n.language),
        })}{' '}
        {t('publicRegister.registration.measurePublicUntil', {
          until: formatDate(measure.publicUntil, i18n.language),
        })}
      </Paragraph>
    </Alert>
  )
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/** Every public field of one registration; the tussenvoegsel and the employer only when there is one. */
export function RegistrationDetails({ registration }: { registration: PublicRegistration }) {
  const { t, i18n } = useTranslation()
  const label = (field: string) => t(`publicRegister.registration.fields.${field}`)
  const date = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language) : t('publicRegister.registration.unknownDate')
  return (
    <DataList className="vr-data-list">
      <Item label={label('initials')}>{registration.initials}</Item>
      {registration.infix && <Item label={label('infix')}>{registration.infix}</Item>}
      <Item label={label('surname')}>{registration.surname}</Item>
      <Item label={label('number')}>{registration.registrationNumber}</Item>
      <Item label={label('register')}>{registration.register}</Item>
      <Item label={label('profession')}>{registration.profession}</Item>
      <Item label={label('status')}>
        <RegistrationStatus status={registration.status} />
      </Item>
      <Item label={label('registeredSince')}>{date(registration.registeredSince)}</Item>
      <Item label={label('validUntil')}>{date(registration.validUntil)}</Item>
      {registration.employer && <Item label={label('employer')}>{registration.employer}</Item>}
    </DataList>
  )
}
