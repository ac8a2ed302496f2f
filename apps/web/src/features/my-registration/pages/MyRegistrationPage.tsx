import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useMyRegistrations, useOpenApplications } from '../api/my-registration-api.ts'
import { CpdSharingSection } from '../components/CpdSharingSection.tsx'
import { OwnRegistrationSection } from '../components/OwnRegistrationSection.tsx'

/** Where the applicant follows an open application (built by the application feature). */
export const applicationPath = (applicationId: string) => `/mijn-aanvragen/${applicationId}`

function MyRegistration() {
  const { t } = useTranslation()
  const registrations = useMyRegistrations()
  const applications = useOpenApplications()
  return (
    <>
      <PageHeading>{t('myRegistration.title')}</PageHeading>
      {applications.data && applications.data.length > 0 && (
        <Alert type="info">
          <Paragraph>
            {t('myRegistration.openApplication')}{' '}
            <AppLink to={applicationPath(applications.data[0]!.id)}>{t('myRegistration.openApplicationLink')}</AppLink>
          </Paragraph>
        </Alert>
      )}
      {registrations.isPending ? (
        <Loading />
      ) : registrations.error || !registrations.data ? (
        <LoadError error={registrations.error} />
      ) : registrations.data.items.length === 0 ? (
        <Paragraph>
          {t('myRegistration.none')} <AppLink to="/inschrijven">{t('myRegistration.apply')}</AppLink>
        </Paragraph>
      ) : (
        registrations.data.items.map((r) => <OwnRegistrationSection key={r.id} registrationId={r.id} />)
      )}
      <CpdSharingSection />
      <section aria-labelledby="my-data" className="vr-section">
        <Heading level={2} id="my-data">
          {t('myRegistration.data.title')}
        </Heading>
        <UnorderedList>
          <UnorderedListItem>
            <AppLink to="/mijn-gegevens">{t('myRegistration.data.export')}</AppLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <AppLink to="/mijn-gegevens#verzoeken">{t('myRegistration.data.requests')}</AppLink>
          </UnorderedListItem>
        </UnorderedList>
      </section>
    </>
  )
}

/** /mijn-registratie: the professional's own registrations, downloads, switches and links to their data. */
export function MyRegistrationPage() {
  return <RequireSession>{() => <MyRegistration />}</RequireSession>
}
