import { useQueryClient } from '@tanstack/react-query'
import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { DataTable } from '../../../components/DataTable.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import { formatDate, OFFICE_PATH, PROVIDERS_PATH } from '../accreditation.rules.ts'
import { accreditationApi, type ProviderSummary, useProviders } from '../api/accreditation-api.ts'
import { OfficeGate } from '../components/OfficeGate.tsx'

function Providers() {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const [notice, setNotice] = useState<{ type: 'ok' | 'warning'; text: string } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const query = useProviders(readPage(params))
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const data = query.data
  const pages = pageCount(data.total, data.pageSize)

  async function toggle(p: ProviderSummary) {
    setBusy(p.organisationId)
    try {
      if (p.accredited) await accreditationApi.unmarkProvider(p.organisationId)
      else await accreditationApi.markProvider(p.organisationId, '')
      await queryClient.invalidateQueries({ queryKey: ['accreditation', 'providers'] })
      setNotice({
        type: 'ok',
        text: t(p.accredited ? 'accreditation.providers.unmarked' : 'accreditation.providers.marked', { name: p.name }),
      })
    } catch (error) {
      setNotice({
        type: 'warning',
        text: error instanceof ApiError && error.detail ? error.detail : t('form.errors.unknown'),
      })
    }
    setBusy(null)
  }

  return (
    <>
      {notice && <Notice type={notice.type}>{notice.text}</Notice>}
      <DataTable
        id="providers-table"
        caption={t('accreditation.providers.caption', { page: data.page, pages })}
        columns={[
          t('accreditation.providers.name'),
          t('accreditation.providers.city'),
          t('accreditation.providers.status'),
          t('accreditation.providers.action'),
        ]}
      >
        {data.items.map((p) => (
          <TableRow key={p.organisationId}>
            <TableCell>{p.name}</TableCell>
            <TableCell>{p.city || '—'}</TableCell>
            <TableCell>
              {p.accredited
                ? t('accreditation.providers.since', { date: formatDate(p.grantedAt, i18n.language) })
                : t('accreditation.providers.notAccredited')}
            </TableCell>
            <TableCell>
              <Button
                appearance={p.accredited ? 'secondary-action-button' : 'primary-action-button'}
                busy={busy === p.organisationId}
                onClick={() => toggle(p)}
              >
                {t(p.accredited ? 'accreditation.providers.unmark' : 'accreditation.providers.mark', { name: p.name })}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Pagination page={data.page} pages={pages} linkTo={(n) => `${PROVIDERS_PATH}?pagina=${n}`} />
    </>
  )
}

/** /registerbureau/accreditaties/erkende-aanbieders: mark or unmark accredited providers (audited). */
export function AccreditedProvidersPage() {
  const { t } = useTranslation()
  const title = t('accreditation.office.providersTitle')
  return (
    <OfficeGate
      crumbs={[
        { to: OFFICE_PATH, label: t('accreditation.office.queueTitle') },
        { to: PROVIDERS_PATH, label: title },
      ]}
      title={title}
    >
      <Paragraph lead>{t('accreditation.providers.intro')}</Paragraph>
      <Providers />
    </OfficeGate>
  )
}
