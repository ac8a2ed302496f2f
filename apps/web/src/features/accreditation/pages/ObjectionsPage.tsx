import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatDate, OBJECTIONS_PATH, OFFICE_PATH } from '../accreditation.rules.ts'
import { useObjections } from '../api/accreditation-api.ts'
import { OfficeGate } from '../components/OfficeGate.tsx'

function Objections() {
  const { t, i18n } = useTranslation()
  const [params] = useSearchParams()
  const query = useObjections(readPage(params))
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)
  if (data.items.length === 0) return <Paragraph role="status">{t('accreditation.office.noObjections')}</Paragraph>
  return (
    <>
      <DataTable
        id="objections-table"
        caption={t('accreditation.office.objectionsCaption', { page: data.page, pages })}
        columns={[
          t('accreditation.columns.title'),
          t('accreditation.columns.provider'),
          t('accreditation.objections.submittedAt'),
          t('accreditation.objections.originalDecider'),
          t('accreditation.objections.mayDecide'),
        ]}
      >
        {data.items.map((o) => (
          <TableRow key={o.id}>
            <TableCell>
              <AppLink to={`${OFFICE_PATH}/${o.activityId}`}>{o.activityTitle}</AppLink>
            </TableCell>
            <TableCell>{o.providerName}</TableCell>
            <TableCell>{formatDate(o.submittedAt, i18n.language)}</TableCell>
            <TableCell>{o.originalDecider ?? t('accreditation.objections.automatic')}</TableCell>
            <TableCell>
              {o.mayDecide ? t('accreditation.objections.yes') : t('accreditation.objections.noColleague')}
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Pagination page={data.page} pages={pages} linkTo={(n) => `${OBJECTIONS_PATH}?pagina=${n}`} />
    </>
  )
}

/** /registerbureau/accreditaties/bezwaren: open objections; another member than the decider decides each. */
export function ObjectionsPage() {
  const { t } = useTranslation()
  const title = t('accreditation.office.objectionsTitle')
  return (
    <OfficeGate
      crumbs={[
        { to: OFFICE_PATH, label: t('accreditation.office.queueTitle') },
        { to: OBJECTIONS_PATH, label: title },
      ]}
      title={title}
    >
      <Paragraph lead>{t('accreditation.office.objectionsIntro')}</Paragraph>
      <Objections />
    </OfficeGate>
  )
}
