import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { KINDS, QUEUE_STATES, type RequestState, type ReregistrationKind, useQueue } from '../api/reregistration-api.ts'
import { RequestsTable } from '../components/RequestsTable.tsx'
import { QUEUE_PATH } from '../reregistration.rules.ts'

function Queue() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const askedState = params.get('stand') as RequestState | null
  const state: RequestState = askedState && QUEUE_STATES.includes(askedState) ? askedState : 'submitted'
  const askedKind = params.get('soort') as ReregistrationKind | null
  const kind: ReregistrationKind | '' = askedKind && KINDS.includes(askedKind) ? askedKind : ''
  const page = readPage(params)
  const query = useQueue(state, kind, page)
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  const search = (next: { state: RequestState; kind: ReregistrationKind | ''; page?: number }) => {
    const s = new URLSearchParams({ stand: next.state })
    if (next.kind) s.set('soort', next.kind)
    if (next.page && next.page > 1) s.set('page', String(next.page))
    return s
  }
  return (
    <>
      <div className="vr-filters">
        <div className="vr-filters__form">
          <SelectField
            id="queue-state"
            name="stand"
            label={t('reregistration.office.stateLabel')}
            value={state}
            onChange={(value) => setParams(search({ state: value as RequestState, kind }))}
            options={QUEUE_STATES.map((s) => ({ value: s, label: t(`reregistration.states.${s}`) }))}
          />
          <SelectField
            id="queue-kind"
            name="soort"
            label={t('reregistration.office.kindLabel')}
            value={kind}
            onChange={(value) => setParams(search({ state, kind: value as ReregistrationKind | '' }))}
            options={[
              { value: '', label: t('reregistration.office.allKinds') },
              ...KINDS.map((k) => ({ value: k, label: t(`reregistration.kinds.${k}`) })),
            ]}
          />
        </div>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph role="status">{t('reregistration.office.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('reregistration.office.count', { count: data.total })}
          </Paragraph>
          <RequestsTable
            id="reregistration-queue"
            caption={t('reregistration.office.caption', {
              state: t(`reregistration.states.${state}`),
              page: data.page,
              pages,
            })}
            items={data.items}
            linkTo={(id) => `${QUEUE_PATH}/${id}`}
          />
          <Pagination
            page={data.page}
            pages={pages}
            linkTo={(n) => `${QUEUE_PATH}?${search({ state, kind, page: n })}`}
          />
        </>
      )}
    </>
  )
}

/** /registerbureau/herregistraties: the register office's queue of re-registration requests. */
export function ReregistrationQueuePage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: QUEUE_PATH, label: t('reregistration.office.title') }]} />
          <PageHeading>{t('reregistration.office.title')}</PageHeading>
          {me.permissions.reviewReregistrations ? (
            <>
              <Paragraph lead>{t('reregistration.office.intro')}</Paragraph>
              <Queue />
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('reregistration.office.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
