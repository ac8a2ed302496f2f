import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useRegister } from '../api/registers-api.ts'
import { RegisterForm } from '../components/RegisterForm.tsx'
import { REGISTERS_PATH, registerPath } from '../components/RegistersTable.tsx'

function EditRegister({ registerId }: { registerId: string }) {
  const { t } = useTranslation()
  const query = useRegister(registerId)
  const title = query.data ? t('registers.edit.title', { name: query.data.name }) : t('registers.edit.loadingTitle')
  return (
    <>
      <Breadcrumb
        items={[
          { to: REGISTERS_PATH, label: t('registers.title') },
          { to: registerPath(registerId), label: query.data?.name ?? t('registers.edit.loadingTitle') },
        ]}
      />
      <PageHeading>{title}</PageHeading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          <Paragraph lead>{t('registers.edit.intro')}</Paragraph>
          {/* keyed by id: another register gets a fresh form */}
          <RegisterForm key={query.data.id} register={query.data} />
        </>
      )}
    </>
  )
}

/** /beheer/registers/:registerId: change a register's settings. */
export function EditRegisterPage() {
  const { t } = useTranslation()
  const { registerId = '' } = useParams()
  return (
    <RequireSession>
      {(me) =>
        me.permissions.configureRegisters ? (
          <EditRegister registerId={registerId} />
        ) : (
          <>
            <Breadcrumb items={[{ to: REGISTERS_PATH, label: t('registers.title') }]} />
            <PageHeading>{t('registers.title')}</PageHeading>
            <Alert type="warning">
              <Paragraph>{t('registers.noAccess')}</Paragraph>
            </Alert>
          </>
        )
      }
    </RequireSession>
  )
}
