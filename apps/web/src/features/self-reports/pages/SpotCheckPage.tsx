import { Alert, Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useSpotChecks } from '../api/self-reports-api.ts'
import { SpotCheckSettings } from '../components/SpotCheckSettings.tsx'
import { formatDate, formatNumber, fullName, QUEUE_PATH, SPOT_CHECK_PATH } from '../self-reports.rules.ts'

type Status = 'open' | 'done'

function SpotChecks() {
  const { t, i18n } = useTranslation()
  const [params, setParams] = useSearchParams()
  const status: Status = params.get('stand') === 'done' ? 'done' : 'open'
  const page = readPage(params)
  const query = useSpotChecks(status, page)
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1
  const link = (next: Status, n = 1) => `?stand=${next}${n > 1 ? `&pagina=${n}` : ''}`
  return (
    <section aria-labelledby="spot-check-list" className="vr-section">
      <Heading level={2} id="spot-check-list">
        {t('selfReports.spotCheck.listTitle')}
      </Heading>
      <SelectField
        id="spot-check-status"
        name="stand"
        label={t('selfReports.spotCheck.statusLabel')}
        value={status}
        onChange={(value) => setParams(new URLSearchParams(link(value as Status).slice(1)))}
        options={(['open', 'done'] as const).map((s) => ({ value: s, label: t(`selfReports.spotCheck.status.${s}`) }))}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph role="status">{t(`selfReports.spotCheck.empty.${status}`)}</Paragraph>
      ) : (
        <>
          <DataTable
            id="spot-checks"
            caption={t('selfReports.spotCheck.caption', {
              status: t(`selfReports.spotCheck.status.${status}`),
              page: data.page,
              pages,
            })}
            columns={[
              t('selfReports.columns.title'),
              t('selfReports.columns.name'),
              t('selfReports.columns.registrationNumber'),
              t('selfReports.columns.activityDate'),
              t('selfReports.columns.points'),
              t('selfReports.columns.approvedAt'),
              t('selfReports.columns.outcome'),
            ]}
          >
            {data.items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <AppLink to={`${QUEUE_PATH}/${item.id}`}>{item.title}</AppLink>
                </TableCell>
                <TableCell>{fullName(item)}</TableCell>
                <TableCell>{item.registrationNumber ?? '—'}</TableCell>
                <TableCell>{formatDate(item.activityDate, i18n.language)}</TableCell>
                <TableCell>
                  {formatNumber(item.pointsGranted, i18n.language)} ({t(`selfReports.category.${item.categoryGranted}`)}
                  )
                </TableCell>
                <TableCell>{formatDate(item.reviewedAt, i18n.language)}</TableCell>
                <TableCell>
                  {item.spotCheckOutcome
                    ? t(`selfReports.spotCheck.outcome.${item.spotCheckOutcome}`)
                    : t('selfReports.spotCheck.waiting')}
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
          <Pagination page={data.page} pages={pages} linkTo={(n) => `${SPOT_CHECK_PATH}${link(status, n)}`} />
        </>
      )}
    </section>
  )
}

/** /registerbureau/steekproef: the drawn activities, their outcome, and the share per register. */
export function SpotCheckPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb items={[{ to: SPOT_CHECK_PATH, label: t('selfReports.spotCheck.title') }]} />
          <PageHeading>{t('selfReports.spotCheck.title')}</PageHeading>
          {me.permissions.reviewSelfReports ? (
            <>
              <Paragraph lead>{t('selfReports.spotCheck.intro')}</Paragraph>
              <SpotChecks />
              <SpotCheckSettings />
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
