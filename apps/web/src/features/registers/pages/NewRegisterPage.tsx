import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { RegisterForm } from '../components/RegisterForm.tsx'
import { NEW_REGISTER_PATH, REGISTERS_PATH } from '../components/RegistersTable.tsx'

/** /beheer/registers/nieuw: add a register. */
export function NewRegisterPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: REGISTERS_PATH, label: t('registers.title') },
              { to: NEW_REGISTER_PATH, label: t('registers.new.title') },
            ]}
          />
          <PageHeading>{t('registers.new.title')}</PageHeading>
          {me.permissions.configureRegisters ? (
            <>
              <Paragraph lead>{t('registers.new.intro')}</Paragraph>
              <RegisterForm />
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
