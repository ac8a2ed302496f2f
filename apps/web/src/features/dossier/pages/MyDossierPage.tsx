import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useMyRegistrations } from '../api/dossier-api.ts'
import { DossierView } from '../components/DossierView.tsx'
import { MY_DOSSIER_PATH } from '../dossier.rules.ts'
import '../dossier.css'

function MyDossiers() {
  const { t } = useTranslation()
  const query = useMyRegistrations()
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const numbered = query.data.items.filter((r) => r.registrationNumber !== null)
  if (numbered.length === 0) return <Paragraph>{t('dossier.noRegistration')}</Paragraph>
  if (numbered.length === 1) return <DossierView registrationId={numbered[0]!.id} level={2} />
  return (
    <>
      {numbered.map((r) => (
        <section key={r.id} aria-labelledby={`dossier-${r.id}`} className="vr-section">
          <Heading level={2} id={`dossier-${r.id}`}>
            {t('dossier.registrationTitle', { register: r.register, number: r.registrationNumber })}
          </Heading>
          <DossierView registrationId={r.id} level={3} />
        </section>
      ))}
    </>
  )
}

/** /mijn-pe-punten: the logged-in professional's CPD dossier for each of their registrations. */
export function MyDossierPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {() => (
        <>
          <Breadcrumb items={[{ to: MY_DOSSIER_PATH, label: t('dossier.title') }]} />
          <PageHeading>{t('dossier.title')}</PageHeading>
          <Paragraph lead>{t('dossier.intro')}</Paragraph>
          <MyDossiers />
        </>
      )}
    </RequireSession>
  )
}
