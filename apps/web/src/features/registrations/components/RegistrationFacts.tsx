import { DataList, DataListItem, DataListKey, DataListValue, Heading } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegistrationDetail } from '../api/registrations-api.ts'
import { formatDate } from '../registrations.rules.ts'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/** The registration's main facts: number, register, status, since, contact, employer, current cycle. */
export function RegistrationFacts({ registration: r }: { registration: RegistrationDetail }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null | undefined) => formatDate(iso, i18n.language)
  const cycle = r.currentCycle
  return (
    <section aria-labelledby="registration-facts" className="vr-section">
      <Heading level={2} id="registration-facts">
        {t('registrations.facts.title')}
      </Heading>
      <DataList className="vr-data-list">
        <Item label={t('registrations.columns.number')}>{r.registrationNumber ?? '—'}</Item>
        <Item label={t('registrations.columns.status')}>
          <strong>{t(`registrations.status.${r.status}`)}</strong>
          {r.reEntry ? ` (${t('registrations.facts.reEntry')})` : ''}
        </Item>
        <Item label={t('registrations.columns.register')}>{r.register}</Item>
        <Item label={t('registrations.columns.profession')}>{r.profession}</Item>
        <Item label={t('registrations.facts.registeredSince')}>{date(r.registeredSince)}</Item>
        <Item label={t('registrations.facts.email')}>{r.email}</Item>
        <Item label={t('registrations.facts.employer')}>
          {r.employer
            ? `${r.employer.name} (${r.showEmployerPublicly ? t('registrations.facts.employerPublic') : t('registrations.facts.employerHidden')})`
            : r.selfEmployed
              ? t('registrations.facts.selfEmployed')
              : '—'}
        </Item>
        <Item label={t('registrations.facts.currentCycle')}>
          {cycle
            ? t('registrations.facts.cycleValue', {
                number: cycle.number,
                start: date(cycle.startDate),
                end: date(cycle.effectiveEnd),
              })
            : t('registrations.facts.noCycle')}
        </Item>
      </DataList>
    </section>
  )
}
