import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { type ApplicationState, QUEUE_STATES, useQueue } from '../api/applications-api.ts'
import { QUEUE_PATH } from '../applications.rules.ts'
import { ApplicationsTable } from '../components/ApplicationsTable.tsx'

function Queue() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const requested = params.get('stand') as ApplicationState | null
  const state: ApplicationState = requested && QUEUE_STATES.includes(requested) ? requested : 'submitted'
  const page = readPage(params)
  const query = useQueue(state, page)
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  const link = (next: { state: ApplicationState; page?: number }) => {
    const search = new URLSearchParams({ stand: next.state })
    if (next.page && next.page > 1) search.set('page', String(next.page))
    return `?${search}`
  }
  return (
    <>
      <SelectField
        id="queue-state"
        name="stand"
        label={t('review.queue.stateLabel')}
        value={state}
        onChange={(value) => setParams(new URLSearchParams(link({ state: value as ApplicationState }).slice(1)))}
        options={QUEUE_STATES.map((s) => ({ value: s, label: t(`application.state.${s}`) }))}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph role="status">{t('review.queue.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('review.queue.count', { count: data.total })}
          </Paragraph>
          <ApplicationsTable
            id="queue"
            items={data.items}
            caption={t('review.queue.caption', { state: t(`application.state.${state}`), page: data.page, pages })}
            linkTo={(id) => `${QUEUE_PATH}/${id}`}
            showName
          />
          <Pagination page={data.page} pages={pages} linkTo={(n) => `${QUEUE_PATH}${link({ state, page: n })}`} />
        </>
      )}
    </>
  )
}

/** /registerbureau/aanvragen: the register office's queue of applications (`permissions.reviewApplications`). */
export function QueuePage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: QUEUE_PATH, label: t('review.queue.title') }]} />
          <PageHeading>{t('review.queue.title')}</PageHeading>
          {me.permissions.reviewApplications ? (
            <>
              <Paragraph lead>{t('review.queue.intro')}</Paragraph>
              <Queue />
            </>
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
