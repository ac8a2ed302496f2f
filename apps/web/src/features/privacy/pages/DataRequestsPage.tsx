import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { OFFICE_REQUESTS_KEY, useOfficeRequests } from '../api/privacy-api.ts'
import { DecisionForm } from '../components/DecisionForm.tsx'

const PATH = '/registerbureau/verzoeken'

function Requests() {
  const { t, i18n } = useTranslation()
  const [params] = useSearchParams()
  const page = readPage(params)
  const query = useOfficeRequests({ state: 'open', page })
  const queryClient = useQueryClient()
  const [notice, setNotice] = useState<string | null>(null)
  const data = query.data
  return (
    <>
      <PageHeading>{t('privacy.office.title')}</PageHeading>
      <Paragraph>{t('privacy.office.intro')}</Paragraph>
      {notice && (
        <Notice>
          <Paragraph>{notice}</Paragraph>
        </Notice>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph>{t('privacy.office.none')}</Paragraph>
      ) : (
        <>
          {data.items.map((r) => (
            <section key={r.id} aria-labelledby={`request-${r.id}`} className="vr-section">
              <Heading level={2} id={`request-${r.id}`}>
                {t(`privacy.kinds.${r.kind}`)}:{' '}
                {r.person ? `${r.person.name || r.person.email}` : t('privacy.office.erased')}
              </Heading>
              <Paragraph>
                {t('privacy.office.received', { date: formatDateTime(r.createdAt, i18n.language) })}
                {r.person ? ` — ${r.person.email}` : ''}
              </Paragraph>
              <Paragraph>{r.details || t('privacy.office.noDetails')}</Paragraph>
              <DecisionForm
                request={r}
                onDone={async (done) => {
                  setNotice(t('privacy.office.done', { state: t(`privacy.states.${done.state}`) }))
                  await queryClient.invalidateQueries({ queryKey: OFFICE_REQUESTS_KEY })
                }}
              />
            </section>
          ))}
          <Pagination
            page={data.page}
            pages={pageCount(data.total, data.pageSize)}
            linkTo={(next) => `${PATH}${next > 1 ? `?pagina=${next}` : ''}`}
          />
        </>
      )}
    </>
  )
}

/** /registerbureau/verzoeken: open correction and erasure requests, for the register office. */
export function DataRequestsPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {(me) =>
        me.permissions.handleDataRequests ? (
          <Requests />
        ) : (
          <>
            <PageHeading>{t('privacy.office.title')}</PageHeading>
            <Alert type="warning">
              <Paragraph>{t('privacy.office.noAccess')}</Paragraph>
            </Alert>
          </>
        )
      }
    </RequireSession>
  )
}
