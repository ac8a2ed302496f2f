import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Loading } from '../../../components/Status.tsx'
import { API_BASE, ApiError } from '../../../lib/api.ts'
import { usePublicRegistration, useVerifyCredential } from '../api/public-register-api.ts'
import { CredentialForm } from '../components/CredentialForm.tsx'
import { VerificationOutcome } from '../components/VerificationOutcome.tsx'
import '../public-register.css'
import {
  isRegistrationNumber,
  normalizeRegistrationNumber,
  SEARCH_PATH,
  VERIFY_PATH,
} from '../public-register.rules.ts'

/**
 * /controleren — anyone checks a credential: POST /credential-verifications for the signature and the status list,
 * then the registration's entry in the public register for the status now and the name.
 */
export function VerifyCredentialPage() {
  const { t } = useTranslation()
  const verification = useVerifyCredential()
  const result = verification.data
  const number = result?.signatureValid && result.licenseNumber ? normalizeRegistrationNumber(result.licenseNumber) : ''
  const lookUp = !!number && isRegistrationNumber(number)
  const registrationQuery = usePublicRegistration(number, lookUp)
  const notInRegister = registrationQuery.error instanceof ApiError && registrationQuery.error.status === 404
  const registrationSettled = !lookUp || registrationQuery.isSuccess || registrationQuery.isError
  const registration = registrationQuery.data ?? (notInRegister || !lookUp ? null : undefined)

  return (
    <>
      <Breadcrumb items={[{ to: VERIFY_PATH, label: t('publicRegister.verify.title') }]} />
      <PageHeading>{t('publicRegister.verify.title')}</PageHeading>
      <Paragraph lead>{t('publicRegister.verify.intro')}</Paragraph>
      <CredentialForm onVerify={(credential) => verification.mutateAsync(credential)} />
      {(verification.isPending || (result && !registrationSettled)) && (
        <Loading label={t('publicRegister.verify.checking')} />
      )}
      {result && registrationSettled && (
        <VerificationOutcome key={verification.submittedAt} result={result} registration={registration} />
      )}
      <section aria-labelledby="technical-heading" className="vr-section">
        <Heading level={2} id="technical-heading">
          {t('publicRegister.verify.technicalTitle')}
        </Heading>
        <Paragraph>{t('publicRegister.verify.technicalText')}</Paragraph>
        <ul className="vr-link-list">
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={`${API_BASE}/issuer`} type="application/json">
              {t('publicRegister.verify.issuerLink')}
            </a>
          </li>
          <li>
            <AppLink to={SEARCH_PATH}>{t('publicRegister.verify.searchLink')}</AppLink>
          </li>
        </ul>
      </section>
    </>
  )
}
