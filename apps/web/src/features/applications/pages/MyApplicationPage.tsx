import { useQueryClient } from '@tanstack/react-query'
import { Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import type { Me } from '../../../lib/api.ts'
import { applicationKey, applicationsApi, useApplication } from '../api/applications-api.ts'
import { APPLY_PATH, MY_APPLICATIONS_PATH } from '../applications.rules.ts'
import { AnswerForm } from '../components/AnswerForm.tsx'
import { ApplicationFacts } from '../components/ApplicationFacts.tsx'
import { Conversation } from '../components/Conversation.tsx'
import '../applications.css'

function MyApplication({ id, me }: { id: string; me: Me }) {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const queryClient = useQueryClient()
  const [answered, setAnswered] = useState(false)
  const query = useApplication(id)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const a = query.data
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted
  return (
    <>
      {submitted && a.state === 'submitted' && <Notice>{t('application.mine.submitted')}</Notice>}
      {answered && <Notice>{t('application.answer.sent')}</Notice>}
      <Paragraph lead>{t(`application.explain.${a.state}`)}</Paragraph>
      {a.state === 'rejected' && (
        <Paragraph>
          <AppLink to={APPLY_PATH}>{t('application.mine.applyAgain')}</AppLink>
        </Paragraph>
      )}
      {a.permissions.answer && (
        <AnswerForm
          onSubmit={async (form) => {
            await applicationsApi.answer(id, form, me.session.csrfToken, i18n.language)
            await queryClient.invalidateQueries({ queryKey: applicationKey(id) })
            setAnswered(true)
          }}
        />
      )}
      <Conversation messages={a.messages} />
      <ApplicationFacts application={a} title={t('application.facts.title')} />
    </>
  )
}

/** /mijn-aanvragen/:applicationId: the applicant's own application, its questions and the answer form. */
export function MyApplicationPage() {
  const { t } = useTranslation()
  const { applicationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: MY_APPLICATIONS_PATH, label: t('application.mine.title') },
              { to: `${MY_APPLICATIONS_PATH}/${applicationId}`, label: t('application.one.title') },
            ]}
          />
          <PageHeading>{t('application.one.title')}</PageHeading>
          <MyApplication id={applicationId} me={me} />
        </>
      )}
    </RequireSession>
  )
}
