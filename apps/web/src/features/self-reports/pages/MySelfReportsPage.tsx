import { useQueryClient } from '@tanstack/react-query'
import { Button, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { ButtonLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import { SELF_REPORTS_KEY, type SelfReportSummary, selfReportsApi, useMySelfReports } from '../api/self-reports-api.ts'
import { SelfReportsTable } from '../components/SelfReportsTable.tsx'
import { ADD_PATH, MINE_PATH } from '../self-reports.rules.ts'

function WithdrawButton({ report, onDone }: { report: SelfReportSummary; onDone: (message: string) => void }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  return (
    <Button
      appearance="secondary-action-button"
      busy={busy}
      onClick={async () => {
        if (busy || !window.confirm(t('selfReports.withdraw.confirm', { title: report.title }))) return
        setBusy(true)
        try {
          await selfReportsApi.withdraw(report.id)
          onDone(t('selfReports.withdraw.done', { title: report.title }))
        } catch (error) {
          onDone(error instanceof ApiError && error.detail ? error.detail : t('form.errors.unknown'))
        } finally {
          setBusy(false)
          await queryClient.invalidateQueries({ queryKey: SELF_REPORTS_KEY })
        }
      }}
    >
      {t('selfReports.withdraw.button')}
      <span className="vr-visually-hidden">: {report.title}</span>
    </Button>
  )
}

function MySelfReports() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const location = useLocation()
  const [message, setMessage] = useState<string | null>(
    (location.state as { submitted?: boolean } | null)?.submitted ? t('selfReports.add.done') : null,
  )
  const page = readPage(params)
  const query = useMySelfReports(page)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)
  return (
    <>
      {message && <Notice>{message}</Notice>}
      {data.items.length === 0 ? (
        <Paragraph role="status">{t('selfReports.mine.empty')}</Paragraph>
      ) : (
        <>
          <SelfReportsTable
            id="my-self-reports"
            items={data.items}
            caption={t('selfReports.mine.caption', { page: data.page, pages })}
            showName={false}
            actions={(r) => (r.state === 'submitted' ? <WithdrawButton report={r} onDone={setMessage} /> : '—')}
          />
          <Pagination page={data.page} pages={pages} linkTo={(n) => `${MINE_PATH}?pagina=${n}`} />
        </>
      )}
    </>
  )
}

/** /mijn-pe-punten/zelf-ingebracht: the activities the professional reported, with their state. */
export function MySelfReportsPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {() => (
        <>
          <Breadcrumb items={[{ to: MINE_PATH, label: t('selfReports.mine.title') }]} />
          <PageHeading>{t('selfReports.mine.title')}</PageHeading>
          <Paragraph lead>{t('selfReports.mine.intro')}</Paragraph>
          <Paragraph>
            <ButtonLink to={ADD_PATH}>{t('selfReports.mine.add')}</ButtonLink>
          </Paragraph>
          <MySelfReports />
        </>
      )}
    </RequireSession>
  )
}
