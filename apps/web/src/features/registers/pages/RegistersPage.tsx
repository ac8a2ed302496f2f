import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { useRegisterSettingsList } from '../api/registers-api.ts'
import { NEW_REGISTER_PATH, REGISTERS_PATH, RegistersTable } from '../components/RegistersTable.tsx'

function RegisterList() {
  const { t } = useTranslation()
  const { items, pending, error } = useRegisterSettingsList()
  if (pending) return <Loading />
  if (error || !items) return <LoadError error={error} />
  if (items.length === 0) return <Paragraph role="status">{t('registers.empty')}</Paragraph>
  return <RegistersTable items={items} />
}

/** /beheer/registers: the registers with their professions and cycle length (`permissions.configureRegisters`). */
export function RegistersPage() {
  const { t } = useTranslation()
  const location = useLocation()
  const notice = (location.state as { notice?: string } | null)?.notice
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: REGISTERS_PATH, label: t('registers.title') }]} />
          <PageHeading>{t('registers.title')}</PageHeading>
          {me.permissions.configureRegisters ? (
            <>
              {notice && (
                <Notice>
                  <Paragraph>{notice}</Paragraph>
                </Notice>
              )}
              <Paragraph lead>{t('registers.intro')}</Paragraph>
              <Paragraph>
                <ButtonLink to={NEW_REGISTER_PATH}>{t('registers.add')}</ButtonLink>
              </Paragraph>
              <RegisterList />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('registers.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
