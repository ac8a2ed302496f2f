import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { OFFICE_PATH } from '../accreditation.rules.ts'
import { QUEUES, type Queue, useReviews } from '../api/accreditation-api.ts'
import { ActivitiesTable } from '../components/ActivitiesTable.tsx'
import { OfficeGate } from '../components/OfficeGate.tsx'

function ReviewQueue() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const requested = params.get('lijst') as Queue | null
  const queue: Queue = requested && QUEUES.includes(requested) ? requested : 'submitted'
  const page = readPage(params)
  const query = useReviews(queue, page)
  const link = (next: { queue: Queue; page?: number }) => {
    const search = new URLSearchParams({ lijst: next.queue })
    if (next.page && next.page > 1) search.set('pagina', String(next.page))
    return `?${search}`
  }
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  return (
    <>
      <SelectField
        id="accreditation-queue"
        name="lijst"
        label={t('accreditation.office.queueLabel')}
        value={queue}
        onChange={(value) => setParams(new URLSearchParams(link({ queue: value as Queue }).slice(1)))}
        options={QUEUES.map((q) => ({ value: q, label: t(`accreditation.queue.${q}`) }))}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph role="status">{t('accreditation.office.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph role="status" className="vr-result-count">
            {t('accreditation.office.count', { count: data.total })}
          </Paragraph>
          <ActivitiesTable
            id="accreditation-queue-table"
            items={data.items}
            caption={t('accreditation.office.caption', {
              queue: t(`accreditation.queue.${queue}`),
              page: data.page,
              pages,
            })}
            linkTo={(id) => `${OFFICE_PATH}/${id}`}
            showProvider
          />
          <Pagination page={data.page} pages={pages} linkTo={(n) => `${OFFICE_PATH}${link({ queue, page: n })}`} />
        </>
      )}
    </>
  )
}

/** /registerbureau/accreditaties: requests to decide, fast-track accreditations to check, decided activities. */
export function AccreditationQueuePage() {
  const { t } = useTranslation()
  const title = t('accreditation.office.queueTitle')
  return (
    <OfficeGate crumbs={[{ to: OFFICE_PATH, label: title }]} title={title}>
      <Paragraph lead>{t('accreditation.office.intro')}</Paragraph>
      <ReviewQueue />
    </OfficeGate>
  )
}
