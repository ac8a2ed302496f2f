import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { type PublicRegistration, usePublicRegistration } from '../api/public-register-api.ts'
import { MeasureNotice, RegistrationDetails } from '../components/RegistrationDetails.tsx'
import { RegistrationStatus } from '../components/RegistrationStatus.tsx'
import '../public-register.css'
import { problemText } from '../components/problem-text.ts'
import {
  formatName,
  isNotFound,
  isRegistrationNumber,
  normalizeRegistrationNumber,
  problemOf,
  registrationPath,
  SEARCH_PATH,
  VERIFY_PATH,
} from '../public-register.rules.ts'

function NotFound({ number }: { number: string }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeading>{t('publicRegister.registration.notFoundTitle')}</PageHeading>
      <Alert type="warning">
        <Paragraph>{t('publicRegister.registration.notFoundText', { number })}</Paragraph>
      </Alert>
      <Paragraph>{t('publicRegister.registration.notFoundHelp')}</Paragraph>
      <ul className="vr-link-list">
        <li>
          <AppLink to={SEARCH_PATH}>{t('publicRegister.registration.searchAgain')}</AppLink>
        </li>
      </ul>
    </>
  )
}

function Registration({ registration }: { registration: PublicRegistration }) {
  const { t } = useTranslation()
  const name = formatName(registration)
  return (
    <>
      <PageHeading title={`${name} (${registration.registrationNumber})`}>{name}</PageHeading>
      <div className="vr-registration-summary">
        <RegistrationStatus status={registration.status} />
        <Paragraph lead>{t('publicRegister.registration.lead', { register: registration.register })}</Paragraph>
      </div>
      <Paragraph>{t(`publicRegister.registration.statusText.${registration.status}`)}</Paragraph>
      {registration.measure && <MeasureNotice measure={registration.measure} />}
      <section aria-labelledby="details-heading" className="vr-section">
        <Heading level={2} id="details-heading">
          {t('publicRegister.registration.detailsTitle')}
        </Heading>
        <RegistrationDetails registration={registration} />
        <Paragraph className="vr-muted">{t('publicRegister.registration.privacy')}</Paragraph>
      </section>
      <ul className="vr-link-list">
        <li>
          <AppLink to={SEARCH_PATH}>{t('publicRegister.registration.searchAgain')}</AppLink>
        </li>
        <li>
          <AppLink to={VERIFY_PATH}>{t('publicRegister.registration.verifyLink')}</AppLink>
        </li>
      </ul>
    </>
  )
}

/**
 * /register/:registrationNumber — the permanent public page of one registration. Marked `noindex` while it shows;
 * an unknown or malformed number gives a "niet gevonden" state (without asking the API for a malformed one).
 */
export function RegistrationPage() {
  const { t } = useTranslation()
  const { registrationNumber = '' } = useParams()
  const number = normalizeRegistrationNumber(registrationNumber)
  const wellFormed = isRegistrationNumber(number)
  const query = usePublicRegistration(number, wellFormed)
  const registration = query.data

  let body: ReactNode
  if (!wellFormed || isNotFound(query.error)) body = <NotFound number={registrationNumber} />
  else if (query.error) {
    const problem = problemOf(query.error, [])
    body = (
      <>
        <PageHeading>{t('publicRegister.registration.title', { number })}</PageHeading>
        {problem.general?.kind === 'rate-limited' ? (
          <Alert type="error" role="alert">
            <Paragraph>{problemText(problem.general, t, 'search')}</Paragraph>
          </Alert>
        ) : (
          <LoadError error={query.error} />
        )}
      </>
    )
  } else if (!registration) body = <Loading />
  else body = <Registration registration={registration} />

  return (
    <>
      {/* A person's page must never be indexed (React puts this in <head> while the page shows). */}
      <meta name="robots" content="noindex" />
      <Breadcrumb
        items={[
          { to: SEARCH_PATH, label: t('publicRegister.search.title') },
          {
            to: registrationPath(wellFormed ? number : registrationNumber),
            label: registration ? formatName(registration) : wellFormed ? number : registrationNumber,
          },
        ]}
      />
      {body}
    </>
  )
}
