import { useQueryClient } from '@tanstack/react-query'
import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import type { Me } from '../../../lib/api.ts'
import { applicationsApi, useEmployers, useMyApplications, useRegisters } from '../api/applications-api.ts'
import { APPLY_PATH, MY_APPLICATIONS_PATH } from '../applications.rules.ts'
import { ApplyForm } from '../components/ApplyForm.tsx'
import '../applications.css'

function Apply({ me }: { me: Me }) {
  const { t, i18n } = useTranslation()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const registers = useRegisters()
  const employers = useEmployers()
  const mine = useMyApplications()
  if (registers.isPending || employers.isPending) return <Loading />
  if (registers.error || employers.error || !registers.data || !employers.data)
    return <LoadError error={registers.error ?? employers.error} />
  const open = mine.data?.items.filter((a) => a.state === 'submitted' || a.state === 'info-requested') ?? []
  return (
    <>
      {open.length > 0 && (
        <Paragraph>
          {t('application.apply.hasOpen')} <AppLink to={MY_APPLICATIONS_PATH}>{t('application.mine.title')}</AppLink>
        </Paragraph>
      )}
      <ApplyForm
        registers={registers.data}
        employers={employers.data.items.filter((o) => o.kind !== 'register_office')}
        initialEmployer={params.get('werkgever')}
        onSubmit={async (form) => {
          const created = await applicationsApi.apply(form, me.session.csrfToken, i18n.language)
          await queryClient.invalidateQueries({ queryKey: ['applications'] })
          navigate(`${MY_APPLICATIONS_PATH}/${created.id}`, { state: { submitted: true } })
        }}
      />
    </>
  )
}

/** /inschrijven: apply for a register (`?werkgever=<organisationId>` chooses the employer beforehand). */
export function ApplyPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: APPLY_PATH, label: t('application.apply.title') }]} />
          <PageHeading>{t('application.apply.title')}</PageHeading>
          <Paragraph lead>{t('application.apply.intro')}</Paragraph>
          <Apply me={me} />
        </>
      )}
    </RequireSession>
  )
}
