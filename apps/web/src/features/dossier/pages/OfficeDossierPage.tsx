import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { useDossier } from '../api/dossier-api.ts'
import { DossierView } from '../components/DossierView.tsx'
import { officeDossierPath } from '../dossier.rules.ts'
import '../dossier.css'

const REGISTRATIONS_PATH = '/registerbureau/registraties'

/** "PE-dossier van J. Jansen (KM-000123)" once the dossier is there (the same query the view uses). */
function OfficeHeading({ registrationId }: { registrationId: string }) {
  const { t } = useTranslation()
  const { data } = useDossier(registrationId)
  return (
    <PageHeading>
      {data
        ? t('dossier.office.titleOf', { name: data.name, number: data.registrationNumber ?? '' })
        : t('dossier.office.title')}
    </PageHeading>
  )
}

/** /registerbureau/registraties/:registrationId/pe-dossier: the register office reads a registrant's dossier. */
export function OfficeDossierPage() {
  const { t } = useTranslation()
  const { registrationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: REGISTRATIONS_PATH, label: t('dossier.office.registrations') },
              {
                to: `${REGISTRATIONS_PATH}/${encodeURIComponent(registrationId)}`,
                label: t('dossier.office.registration'),
              },
              { to: officeDossierPath(registrationId), label: t('dossier.office.title') },
            ]}
          />
          <OfficeHeading registrationId={registrationId} />
          {me.permissions.readRegistrations ? (
            <DossierView key={registrationId} registrationId={registrationId} level={2} />
          ) : (
            <Alert type="warning">
              <Paragraph>{t('dossier.office.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
