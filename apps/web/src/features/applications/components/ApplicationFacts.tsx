import { DataList, DataListItem, DataListKey, DataListValue, Heading } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { type ApplicationDetail, documentUrl } from '../api/applications-api.ts'
import { formatDate, formatSize, fullName } from '../applications.rules.ts'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/** What was applied for: state, person, register, employer, education and the diploma (a download link). */
export function ApplicationFacts({ application: a, title }: { application: ApplicationDetail; title: string }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) => formatDate(iso, i18n.language)
  return (
    <section aria-labelledby="application-facts" className="vr-section">
      <Heading level={2} id="application-facts">
        {title}
      </Heading>
      <DataList className="vr-data-list">
        <Item label={t('application.facts.state')}>
          <strong>{t(`application.state.${a.state}`)}</strong>
        </Item>
        <Item label={t('application.facts.kind')}>{t(`application.kind.${a.kind}`)}</Item>
        <Item label={t('application.facts.name')}>{fullName(a)}</Item>
        {a.applicantEmail && <Item label={t('application.facts.email')}>{a.applicantEmail}</Item>}
        <Item label={t('application.facts.register')}>{a.registerName}</Item>
        <Item label={t('application.facts.profession')}>{a.profession}</Item>
        <Item label={t('application.facts.employer')}>
          {a.selfEmployed ? t('application.facts.selfEmployed') : (a.employerName ?? '—')}
        </Item>
        <Item label={t('application.facts.education')}>
          {t('application.facts.educationValue', {
            programme: a.educationProgramme,
            institution: a.educationInstitution,
            date: date(a.educationDate),
          })}
        </Item>
        <Item label={t('application.facts.diploma')}>
          <a className="utrecht-link utrecht-link--html-a" href={documentUrl(a.diploma.id)} download>
            {t('application.facts.download', {
              name: a.diploma.fileName,
              size: formatSize(a.diploma.sizeBytes, i18n.language),
            })}
          </a>
        </Item>
        <Item label={t('application.facts.code')}>
          {t('application.facts.codeValue', { version: a.codeVersion, date: date(a.codeAcceptedAt) })}
        </Item>
        <Item label={t('application.facts.submittedAt')}>{date(a.submittedAt)}</Item>
        {a.registrationNumber && <Item label={t('application.facts.registrationNumber')}>{a.registrationNumber}</Item>}
        {a.decisionReason && <Item label={t('application.facts.reason')}>{a.decisionReason}</Item>}
      </DataList>
    </section>
  )
}
