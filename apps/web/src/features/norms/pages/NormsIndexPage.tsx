import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useRegisterList } from '../api/norms-api.ts'
import { NORMS_PATH, registerNormsPath } from '../norms.rules.ts'

function RegisterLinks() {
  const { t } = useTranslation()
  const registers = useRegisterList()
  if (registers.isPending) return <Loading />
  if (registers.error || !registers.data) return <LoadError error={registers.error} />
  return (
    <UnorderedList>
      {registers.data.items.map((r) => (
        <UnorderedListItem key={r.id}>
          <AppLink to={registerNormsPath(r.id)}>{t('dossier.norms.linkTo', { register: r.name })}</AppLink>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  )
}

/** /beheer/normen: the registers, each with a link to its norm. */
export function NormsIndexPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: NORMS_PATH, label: t('dossier.norms.title') }]} />
          <PageHeading>{t('dossier.norms.title')}</PageHeading>
          {me.permissions.manageNorms ? (
            <>
              <Paragraph lead>{t('dossier.norms.intro')}</Paragraph>
              <RegisterLinks />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('dossier.norms.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
