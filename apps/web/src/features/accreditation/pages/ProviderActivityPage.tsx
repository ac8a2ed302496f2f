import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { formatDate, providerPath } from '../accreditation.rules.ts'
import { accreditationApi, useOwnActivity } from '../api/accreditation-api.ts'
import { ActivityFacts } from '../components/ActivityFacts.tsx'
import { ObjectionsList } from '../components/ObjectionsList.tsx'
import { RunsSection } from '../components/RunsSection.tsx'
import { providerOf } from './ProviderActivitiesPage.tsx'

function Activity({ organisationId, id }: { organisationId: string; id: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const [result, setResult] = useState<string | null>(
    params.get('ingediend') ? t('accreditation.provider.submitted') : null,
  )
  const query = useOwnActivity(organisationId, id)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const a = query.data
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['accreditation'] })
  const done = async (message: string) => {
    await refresh()
    setResult(message)
  }
  return (
    <>
      {result && <Notice>{result}</Notice>}
      <ActivityFacts activity={a} />
      <ObjectionsList objections={a.objections} />
      {(a.permissions.withdraw || a.permissions.object) && (
        <section aria-labelledby="provider-actions" className="vr-section">
          <Heading level={2} id="provider-actions">
            {t('accreditation.provider.actions')}
          </Heading>
          {a.permissions.object && (
            <DecisionForm
              id="object"
              title={t('accreditation.object.title')}
              intro={t('accreditation.object.intro', { date: formatDate(a.objectionDeadline, i18n.language) })}
              text={{
                name: 'reason',
                label: t('accreditation.object.label'),
                requiredMessage: t('accreditation.object.required'),
              }}
              confirmLabel={t('accreditation.object.confirm')}
              onSubmit={async (reason) => {
                await accreditationApi.object(organisationId, id, reason)
                await done(t('accreditation.object.done'))
              }}
            />
          )}
          {a.permissions.withdraw && (
            <DecisionForm
              id="withdraw"
              title={t('accreditation.withdraw.title')}
              intro={t('accreditation.withdraw.intro')}
              confirmLabel={t('accreditation.withdraw.confirm')}
              onSubmit={async () => {
                await accreditationApi.withdraw(organisationId, id)
                await done(t('accreditation.withdraw.done'))
              }}
            />
          )}
        </section>
      )}
      {a.state === 'accredited' && (
        <RunsSection
          runs={a.runs}
          canManage={a.permissions.manageRuns}
          onSave={async (input, runId) => {
            if (runId) await accreditationApi.changeRun(organisationId, id, runId, input)
            else await accreditationApi.addRun(organisationId, id, input)
            await refresh()
          }}
          onDelete={async (runId) => {
            await accreditationApi.deleteRun(organisationId, id, runId)
            await refresh()
          }}
        />
      )}
      <Paragraph>
        <AppLink to={providerPath(organisationId)}>{t('accreditation.provider.back')}</AppLink>
      </Paragraph>
    </>
  )
}

/** /aanbieder/:organisationId/activiteiten/:activityId: the decision, objection and runs of one activity. */
export function ProviderActivityPage() {
  const { t } = useTranslation()
  const { organisationId = '', activityId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => {
        const provider = providerOf(me, organisationId)
        return (
          <>
            <Breadcrumb
              items={[
                {
                  to: providerPath(organisationId),
                  label: t('accreditation.provider.title', { name: provider?.organisationName ?? '' }),
                },
                { to: `${providerPath(organisationId)}/${activityId}`, label: t('accreditation.provider.one') },
              ]}
            />
            <PageHeading>{t('accreditation.provider.one')}</PageHeading>
            {provider ? (
              <Activity organisationId={organisationId} id={activityId} />
            ) : (
              <Alert type="warning">
                <Paragraph>{t('accreditation.provider.noAccess')}</Paragraph>
              </Alert>
            )}
          </>
        )
      }}
    </RequireSession>
  )
}
