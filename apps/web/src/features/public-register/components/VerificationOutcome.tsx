import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { type ReactNode, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import type { CredentialVerification, PublicRegistration } from '../api/public-register-api.ts'
import {
  formatDate,
  formatName,
  isRegistrationNumber,
  normalizeRegistrationNumber,
  registrationPath,
  toneOf,
  verdictKey,
  verdictOf,
} from '../public-register.rules.ts'
import { RegistrationStatus } from './RegistrationStatus.tsx'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

/**
 * The outcome of a check, in one line first ("Handtekening klopt — registratie is geschorst"), then what the
 * credential says and the registration's status now. `registration` is the registration in the public register
 * today: null when it is not there, undefined when it could not be read. Takes focus when it appears, so a screen
 * reader hears it.
 */
export function VerificationOutcome({
  result,
  registration,
}: {
  result: CredentialVerification
  registration: PublicRegistration | null | undefined
}) {
  const { t, i18n } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  const verdict = verdictOf(result, registration ?? null)
  const tone = toneOf(verdict, result)
  const valid = result.signatureValid
  const number = result.licenseNumber ? normalizeRegistrationNumber(result.licenseNumber) : null
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : t('publicRegister.verify.unknown'))
  const label = (field: string) => t(`publicRegister.verify.fields.${field}`)
  const issuer = result.issuer ? [result.issuer.name, result.issuer.id].filter(Boolean).join(' — ') : ''
  // A certificate of attendance names an event, the moment of the check-in and perhaps points; no registration.
  const attendance = valid && result.kind === 'attendance'

  return (
    <section aria-labelledby="outcome-heading" className="vr-section">
      <Heading level={2} id="outcome-heading">
        {t('publicRegister.verify.resultTitle')}
      </Heading>
      <div ref={ref} tabIndex={-1} className="vr-verdict" id="verdict" data-tone={tone}>
        <Alert type={tone}>
          <Heading level={3} className="vr-verdict__headline">
            {t(`publicRegister.verify.verdicts.${verdictKey(verdict)}`)}
          </Heading>
          {attendance ? (
            <Paragraph>
              {result.status?.withdrawn
                ? t('publicRegister.verify.attendanceWithdrawnHelp')
                : t('publicRegister.verify.attendanceHelp')}
            </Paragraph>
          ) : valid ? (
            <Paragraph>{t('publicRegister.verify.statusNow')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('publicRegister.verify.invalidHelp')}</Paragraph>
              {result.errors.length > 0 && (
                <>
                  <Paragraph>{t('publicRegister.verify.reasons')}</Paragraph>
                  <UnorderedList>
                    {result.errors.map((reason) => (
                      <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </>
              )}
            </>
          )}
          {valid && result.expired && (
            <Paragraph>{t('publicRegister.verify.expired', { date: date(result.validUntil) })}</Paragraph>
          )}
          {valid && result.notYetValid && (
            <Paragraph>{t('publicRegister.verify.notYetValid', { date: date(result.validFrom) })}</Paragraph>
          )}
        </Alert>
      </div>
      <Heading level={3}>{t('publicRegister.verify.detailsTitle')}</Heading>
      <DataList className="vr-data-list">
        <Item label={label('signature')}>
          {valid ? t('publicRegister.verify.signatureValid') : t('publicRegister.verify.signatureInvalid')}
        </Item>
        <Item label={label('issuer')}>{issuer || t('publicRegister.verify.unknown')}</Item>
        {result.name && <Item label={label(attendance ? 'event' : 'certificate')}>{result.name}</Item>}
        {attendance && <Item label={label('attendedOn')}>{date(result.validFrom)}</Item>}
        {attendance && (
          <Item label={label('points')}>
            {result.creditsEarned !== undefined
              ? new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(
                  result.creditsEarned,
                )
              : t('publicRegister.verify.noPoints')}
          </Item>
        )}
        {number && <Item label={label('number')}>{number}</Item>}
        {valid && registration && <Item label={label('person')}>{formatName(registration)}</Item>}
        {valid && !attendance && (
          <Item label={label('statusNow')}>
            {registration ? (
              <RegistrationStatus status={registration.status} />
            ) : registration === null ? (
              t('publicRegister.verify.notInRegister')
            ) : (
              t('publicRegister.verify.unknown')
            )}
          </Item>
        )}
        {!attendance && <Item label={label('validFrom')}>{date(result.validFrom)}</Item>}
        {!attendance && <Item label={label('validUntil')}>{date(result.validUntil)}</Item>}
      </DataList>
      {valid && number && isRegistrationNumber(number) && (
        <Paragraph>
          <AppLink to={registrationPath(number)}>{t('publicRegister.verify.openRegistration', { number })}</AppLink>
        </Paragraph>
      )}
    </section>
  )
}
