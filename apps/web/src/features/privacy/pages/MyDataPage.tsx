import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { PERSONAL_DATA_URL, useOwnRequests, usePersonalData } from '../api/privacy-api.ts'
import { DataRequestForm } from '../components/DataRequestForm.tsx'
import { PersonalDataView } from '../components/PersonalDataView.tsx'

function OwnRequests() {
  const { t, i18n } = useTranslation()
  const query = useOwnRequests()
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  if (query.data.items.length === 0) return <Paragraph>{t('privacy.requests.none')}</Paragraph>
  return (
    <DataTable
      id="own-requests"
      caption={t('privacy.requests.caption')}
      columns={[
        t('privacy.requests.date'),
        t('privacy.requests.kind'),
        t('privacy.requests.state'),
        t('privacy.requests.answer'),
      ]}
    >
      {query.data.items.map((r) => (
        <TableRow key={r.id}>
          <TableCell>{formatDateTime(r.createdAt, i18n.language)}</TableCell>
          <TableCell>{t(`privacy.kinds.${r.kind}`)}</TableCell>
          <TableCell>{t(`privacy.states.${r.state}`)}</TableCell>
          <TableCell>{r.resolution || '—'}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}

function MyData() {
  const { t } = useTranslation()
  const query = usePersonalData()
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <Paragraph>{t('privacy.intro')}</Paragraph>
      <Paragraph>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={PERSONAL_DATA_URL}
          download
          data-testid="download-personal-data"
        >
          {t('privacy.download')}
        </a>
      </Paragraph>
      <section aria-labelledby="what-we-have" className="vr-section">
        <Heading level={2} id="what-we-have">
          {t('privacy.whatWeHave')}
        </Heading>
        {query.isPending ? (
          <Loading />
        ) : query.error || !query.data ? (
          <LoadError error={query.error} />
        ) : (
          <PersonalDataView data={query.data} />
        )}
      </section>
      <section aria-labelledby="verzoeken" className="vr-section">
        <Heading level={2} id="verzoeken">
          {t('privacy.requests.title')}
        </Heading>
        <Paragraph>
          {t('privacy.requests.intro')} <AppLink to="/privacy">{t('privacy.requests.policy')}</AppLink>
        </Paragraph>
        <OwnRequests />
        <DataRequestForm kind="correction" />
        <DataRequestForm kind="erasure" />
      </section>
    </>
  )
}

/** /mijn-gegevens: everything we hold about you (readable and as JSON), and correction or erasure requests. */
export function MyDataPage() {
  return <RequireSession>{() => <MyData />}</RequireSession>
}
