import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { applicationsApi, useApplication } from '../api/applications-api.ts'
import { formatDate, fullName, QUEUE_PATH } from '../applications.rules.ts'
import { ApplicationFacts } from '../components/ApplicationFacts.tsx'
import { Conversation } from '../components/Conversation.tsx'
import '../applications.css'

function Review({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [result, setResult] = useState<string | null>(null)
  const query = useApplication(id)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const a = query.data
  const done = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: ['applications'] })
    setResult(message)
  }
  const can = a.permissions
  return (
    <>
      {result && <Notice>{result}</Notice>}
      <ApplicationFacts application={a} title={t('review.facts')} />
      <Conversation messages={a.messages} />
      <section aria-labelledby="decisions" className="vr-section">
        <Heading level={2} id="decisions">
          {t('review.decide.title')}
        </Heading>
        {!can.approve && !can.reject && !can.requestInformation ? (
          <Paragraph>{t(a.state === 'info-requested' ? 'review.decide.waiting' : 'review.decide.none')}</Paragraph>
        ) : (
          <>
            {can.approve && (
              <DecisionForm
                id="approve"
                title={t('review.approve.title')}
                intro={t('review.approve.intro', { name: fullName(a), register: a.registerName })}
                confirmLabel={t('review.approve.confirm')}
                onSubmit={async () => {
                  const r = await applicationsApi.approve(id)
                  await done(
                    t('review.approve.done', {
                      number: r.registrationNumber,
                      end: formatDate(r.cycle?.endDate ?? null, i18n.language),
                    }),
                  )
                }}
              />
            )}
            {can.requestInformation && (
              <DecisionForm
                id="ask"
                title={t('review.ask.title')}
                intro={t('review.ask.intro')}
                text={{ name: 'question', label: t('review.ask.label'), requiredMessage: t('review.ask.required') }}
                confirmLabel={t('review.ask.confirm')}
                onSubmit={async (question) => {
                  await applicationsApi.requestInformation(id, question)
                  await done(t('review.ask.done'))
                }}
              />
            )}
            {can.reject && (
              <DecisionForm
                id="reject"
                title={t('review.reject.title')}
                intro={t('review.reject.intro')}
                text={{
                  name: 'reason',
                  label: t('review.reject.label'),
                  help: t('review.reject.help'),
                  requiredMessage: t('review.reject.required'),
                }}
                confirmLabel={t('review.reject.confirm')}
                onSubmit={async (reason) => {
                  await applicationsApi.reject(id, reason)
                  await done(t('review.reject.done'))
                }}
              />
            )}
          </>
        )}
      </section>
      <Paragraph>
        <AppLink to={QUEUE_PATH}>{t('review.back')}</AppLink>
      </Paragraph>
    </>
  )
}

/** /registerbureau/aanvragen/:applicationId: one application with the diploma and the decisions. */
export function ReviewPage() {
  const { t } = useTranslation()
  const { applicationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: QUEUE_PATH, label: t('review.queue.title') },
              { to: `${QUEUE_PATH}/${applicationId}`, label: t('review.one.title') },
            ]}
          />
          <PageHeading>{t('review.one.title')}</PageHeading>
          {me.permissions.reviewApplications ? (
            <Review id={applicationId} />
          ) : (
            <Alert type="warning">
              <Paragraph>{t('review.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
