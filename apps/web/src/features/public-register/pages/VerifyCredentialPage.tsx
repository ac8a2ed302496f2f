import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { API_BASE, ApiError } from '../../../lib/api.ts'
import { publicRegisterApi, usePublicRegistration, useVerifyCredential } from '../api/public-register-api.ts'
import { CredentialForm } from '../components/CredentialForm.tsx'
import { VerificationOutcome } from '../components/VerificationOutcome.tsx'
import '../public-register.css'
import {
  isRegistrationNumber,
  normalizeRegistrationNumber,
  SEARCH_PATH,
  VERIFY_PATH,
} from '../public-register.rules.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * /controleren — anyone checks a credential: POST /credential-verifications for the signature and the status list,
 * then the registration's entry in the public register for the status now and the name.
 */
export function VerifyCredentialPage() {
  const { t } = useTranslation()
  const verification = useVerifyCredential()
  const [params] = useSearchParams()
  const certificateId = params.get('certificaat') ?? ''
  const [loadError, setLoadError] = useState<unknown>(null)
  const { mutate } = verification
  // From the QR code on a certificate of attendance: fetch its public copy and check it at once.
  useEffect(() => {
    if (!UUID.test(certificateId)) return
    let current = true
    publicRegisterApi
      .attendanceCredential(certificateId)
      .then((credential) => current && mutate(credential))
      .catch((error) => current && setLoadError(error))
    return () => {
      current = false
    }
  }, [certificateId, mutate])
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
      {loadError !== null && <LoadError error={loadError} />}
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
