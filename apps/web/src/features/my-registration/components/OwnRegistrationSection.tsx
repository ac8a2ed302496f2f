import { useQueryClient } from '@tanstack/react-query'
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  TableCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import {
  certificateUrl,
  credentialUrl,
  MY_REGISTRATIONS_KEY,
  myRegistrationApi,
  type OwnRegistration,
  useOwnRegistration,
} from '../api/my-registration-api.ts'
import { formatDate } from './dates.ts'
import { SaveOnChangeCheckbox } from './SaveOnChangeCheckbox.tsx'

const name = (r: Pick<OwnRegistration, 'initials' | 'infix' | 'surname'>) =>
  [r.initials, r.infix, r.surname].filter(Boolean).join(' ')

/** One of the professional's registrations: facts, cycle, downloads, the public-employer switch and history. */
export function OwnRegistrationSection({ registrationId }: { registrationId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const query = useOwnRegistration(registrationId)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const r = query.data
  const lang = i18n.language
  const cycle = r.currentCycle
  const headingId = `registration-${r.id}`
  return (
    <section aria-labelledby={headingId} className="vr-section">
      <Heading level={2} id={headingId}>
        {r.register}
      </Heading>
      <DataList className="vr-data-list">
        <DataListItem>
          <DataListKey>{t('myRegistration.status')}</DataListKey>
          <DataListValue>
            <strong>{t(`myRegistration.statuses.${r.status}`)}</strong>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myRegistration.number')}</DataListKey>
          <DataListValue>{r.registrationNumber ?? t('myRegistration.noNumber')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myRegistration.name')}</DataListKey>
          <DataListValue>{name(r)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myRegistration.profession')}</DataListKey>
          <DataListValue>{r.profession}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myRegistration.employer')}</DataListKey>
          <DataListValue>
            {r.employer?.name ?? (r.selfEmployed ? t('myRegistration.selfEmployed') : t('myRegistration.noneValue'))}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myRegistration.registeredSince')}</DataListKey>
          <DataListValue>{formatDate(r.registeredSince, lang)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('myRegistration.cycle')}</DataListKey>
          <DataListValue>
            {cycle
              ? t('myRegistration.cycleText', {
                  number: cycle.number,
                  start: formatDate(cycle.startDate, lang),
                  end: formatDate(cycle.effectiveEnd, lang),
                })
              : t('myRegistration.noCycle')}
            {cycle?.postponedUntil
              ? ` ${t('myRegistration.postponed', { date: formatDate(cycle.postponedUntil, lang) })}`
              : ''}
          </DataListValue>
        </DataListItem>
      </DataList>

      <Heading level={3}>{t('myRegistration.downloads')}</Heading>
      {r.registrationNumber && (r.status === 'registered' || r.credentials.length > 0) ? (
        <UnorderedList>
          {r.status === 'registered' && (
            <UnorderedListItem>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={certificateUrl(r.id)}
                download
                data-testid="download-certificate"
              >
                {t('myRegistration.certificate')}
              </a>
            </UnorderedListItem>
          )}
          {r.credentials.length > 0 && (
            <UnorderedListItem>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={credentialUrl(r.id)}
                download
                data-testid="download-credential"
              >
                {t('myRegistration.credential')}
              </a>
            </UnorderedListItem>
          )}
        </UnorderedList>
      ) : (
        <Paragraph>{t('myRegistration.noDownloads')}</Paragraph>
      )}

      {r.employer && (
        <SaveOnChangeCheckbox
          id={`show-employer-${r.id}`}
          label={t('myRegistration.showEmployer', { employer: r.employer.name })}
          description={t('myRegistration.showEmployerHelp')}
          checked={r.showEmployerPublicly}
          save={async (value) => {
            await myRegistrationApi.setEmployerVisibility(r.id, value)
            await queryClient.invalidateQueries({ queryKey: MY_REGISTRATIONS_KEY })
          }}
          savedText={(value) => (value ? t('myRegistration.employerShown') : t('myRegistration.employerHidden'))}
        />
      )}

      <DataTable
        id={`history-${r.id}`}
        caption={t('myRegistration.history')}
        columns={[
          t('myRegistration.columns.date'),
          t('myRegistration.columns.change'),
          t('myRegistration.columns.reason'),
        ]}
      >
        {r.history.map((h) => (
          <TableRow key={h.id}>
            <TableCell>{formatDate(h.effectiveDate, lang)}</TableCell>
            <TableCell>{t(`myRegistration.statuses.${h.toStatus}`)}</TableCell>
            <TableCell>{h.reason || '—'}</TableCell>
          </TableRow>
        ))}
      </DataTable>
    </section>
  )
}
