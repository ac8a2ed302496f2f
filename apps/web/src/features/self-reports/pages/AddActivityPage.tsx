import { useQueryClient } from '@tanstack/react-query'
import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import type { Me } from '../../../lib/api.ts'
import { SELF_REPORTS_KEY, selfReportsApi, useMyRegistrations } from '../api/self-reports-api.ts'
import { SelfReportForm } from '../components/SelfReportForm.tsx'
import { ADD_PATH, MINE_PATH } from '../self-reports.rules.ts'
import '../self-reports.css'

function AddActivity({ me }: { me: Me }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const registrations = useMyRegistrations()
  if (registrations.isPending) return <Loading />
  if (registrations.error || !registrations.data) return <LoadError error={registrations.error} />
  const reporting = registrations.data.items.filter((r) => r.status === 'registered' || r.status === 'suspended')
  if (reporting.length === 0)
    return (
      <Alert type="info">
        <Paragraph>{t('selfReports.add.notRegistered')}</Paragraph>
      </Alert>
    )
  return (
    <SelfReportForm
      registrations={reporting}
      onSubmit={async (form) => {
        await selfReportsApi.submit(form, me.session.csrfToken, i18n.language)
        await queryClient.invalidateQueries({ queryKey: SELF_REPORTS_KEY })
        navigate(MINE_PATH, { state: { submitted: true } })
      }}
    />
  )
}

/** /mijn-pe-punten/activiteit-toevoegen: report an activity that was not accredited, with evidence. */
export function AddActivityPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: MINE_PATH, label: t('selfReports.mine.title') },
              { to: ADD_PATH, label: t('selfReports.add.title') },
            ]}
          />
          <PageHeading>{t('selfReports.add.title')}</PageHeading>
          <Paragraph lead>{t('selfReports.add.intro')}</Paragraph>
          <Paragraph>
            {t('selfReports.add.accreditedHint')} <AppLink to={MINE_PATH}>{t('selfReports.mine.title')}</AppLink>
          </Paragraph>
          <AddActivity me={me} />
        </>
      )}
    </RequireSession>
  )
}
