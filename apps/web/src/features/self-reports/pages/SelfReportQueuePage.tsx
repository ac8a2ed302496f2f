import { Alert, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useSelfReportQueue } from '../api/self-reports-api.ts'
import { SelfReportsTable } from '../components/SelfReportsTable.tsx'
import { QUEUE_PATH, SPOT_CHECK_PATH } from '../self-reports.rules.ts'

function Queue() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const query = useSelfReportQueue(readPage(params))
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)
  if (data.items.length === 0) return <Paragraph role="status">{t('selfReports.queue.empty')}</Paragraph>
  return (
    <>
      <Paragraph role="status" className="vr-result-count">
        {t('selfReports.queue.count', { count: data.total })}
      </Paragraph>
      <SelfReportsTable
        id="self-report-queue"
        items={data.items}
        caption={t('selfReports.queue.caption', { page: data.page, pages })}
        linkTo={(id) => `${QUEUE_PATH}/${id}`}
        showName
      />
      <Pagination page={data.page} pages={pages} linkTo={(n) => `${QUEUE_PATH}?pagina=${n}`} />
    </>
  )
}

/** /registerbureau/zelf-ingebracht: the register office's queue of self-reported activities. */
export function SelfReportQueuePage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: QUEUE_PATH, label: t('selfReports.queue.title') }]} />
          <PageHeading>{t('selfReports.queue.title')}</PageHeading>
          {me.permissions.reviewSelfReports ? (
            <>
              <Paragraph lead>{t('selfReports.queue.intro')}</Paragraph>
              <Queue />
              <Paragraph>
                <AppLink to={SPOT_CHECK_PATH}>{t('selfReports.spotCheck.title')}</AppLink>
              </Paragraph>
            </>
          ) : (
            <Alert type="warning">
              <Paragraph>{t('selfReports.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
