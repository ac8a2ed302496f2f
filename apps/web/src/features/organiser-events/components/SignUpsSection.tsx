import { Button, Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { downloadSignUpsCsv, useSignUps } from '../api/organiser-events-api.ts'
import { attendanceText } from '../organiser-events.rules.ts'

/** Who has a place (or was offered one) and who waits, in order; the same list as CSV for Excel. */
export function SignUpsSection({ organisationId, eventId }: { organisationId: string; eventId: string }) {
  const { t, i18n } = useTranslation()
  const query = useSignUps(organisationId, eventId)
  const [csvFailed, setCsvFailed] = useState(false)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const places = query.data.signUps.filter((s) => s.state === 'confirmed' || s.state === 'offered')
  const waiting = query.data.signUps.filter((s) => s.state === 'waiting')
  return (
    <section className="vr-section" aria-labelledby="sign-ups-heading">
      <Heading level={2} id="sign-ups-heading">
        {t('organiserEvents.signUps.heading')}
      </Heading>
      <Paragraph>
        {t('organiserEvents.signUps.summary', {
          taken: query.data.placesTaken,
          capacity: query.data.capacity,
          waiting: waiting.length,
        })}
      </Paragraph>
      <div className="vr-organiser-events__actions">
        <Button
          appearance="secondary-action-button"
          onClick={async () => {
            setCsvFailed(false)
            try {
              await downloadSignUpsCsv(organisationId, eventId)
            } catch {
              setCsvFailed(true)
            }
          }}
        >
          {t('organiserEvents.signUps.csv')}
        </Button>
      </div>
      {csvFailed && <Paragraph role="alert">{t('organiserEvents.signUps.csvFailed')}</Paragraph>}
      {places.length === 0 ? (
        <Paragraph>{t('organiserEvents.signUps.none')}</Paragraph>
      ) : (
        <DataTable
          id="event-places"
          caption={t('organiserEvents.signUps.placesCaption')}
          columns={[
            t('organiserEvents.signUps.name'),
            t('organiserEvents.signUps.registrationNumber'),
            t('organiserEvents.signUps.state'),
            t('organiserEvents.signUps.signedUpAt'),
            t('organiserEvents.signUps.attendance'),
          ]}
        >
          {places.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{s.name}</TableCell>
              <TableCell>{s.registrationNumber ?? '—'}</TableCell>
              <TableCell>
                {s.state === 'offered' && s.offerExpiresAt
                  ? t('organiserEvents.signUps.offeredUntil', {
                      until: formatDateTime(s.offerExpiresAt, i18n.language),
                    })
                  : t(`organiserEvents.signUpState.${s.state}`)}
              </TableCell>
              <TableCell>{formatDateTime(s.signedUpAt, i18n.language)}</TableCell>
              <TableCell>{attendanceText(s, i18n.language, t('organiserEvents.signUps.noShow'))}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {waiting.length > 0 && (
        <DataTable
          id="event-waiting"
          caption={t('organiserEvents.signUps.waitingCaption')}
          columns={[
            t('organiserEvents.signUps.position'),
            t('organiserEvents.signUps.name'),
            t('organiserEvents.signUps.registrationNumber'),
            t('organiserEvents.signUps.signedUpAt'),
          ]}
        >
          {waiting.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{s.position}</TableCell>
              <TableCell>{s.name}</TableCell>
              <TableCell>{s.registrationNumber ?? '—'}</TableCell>
              <TableCell>{formatDateTime(s.signedUpAt, i18n.language)}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </section>
  )
}
