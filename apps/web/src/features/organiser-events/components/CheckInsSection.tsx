import { useQueryClient } from '@tanstack/react-query'
import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { type CheckInList, organiserEventsApi, useCheckIns } from '../api/organiser-events-api.ts'

/** One line of the state of someone's check-in: when and how, undone, a no-show, or not yet. */
export function useCheckInText() {
  const { t, i18n } = useTranslation()
  return (item: CheckInList['items'][number]) => {
    const c = item.checkIn
    if (c && !c.undoneAt)
      return t(c.late ? 'organiserEvents.checkIns.checkedInLate' : 'organiserEvents.checkIns.checkedIn', {
        at: formatDateTime(c.checkedInAt, i18n.language),
        method: t(`organiserEvents.method.${c.method}`),
      })
    return item.noShow ? t('organiserEvents.checkIns.noShow') : t('organiserEvents.checkIns.notYet')
  }
}

/** The check-in list with no-shows after the end; undo a check-in or check someone in afterwards, with a reason. */
export function CheckInsSection({ organisationId, eventId }: { organisationId: string; eventId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const query = useCheckIns(organisationId, eventId)
  const describe = useCheckInText()
  // After a correction the person's form disappears from the row: the outcome takes focus instead.
  const [done, setDone] = useState<{ text: string; at: number } | null>(null)
  const doneRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const list = query.data
  const canCorrect = list.phase === 'live' || list.phase === 'correction'
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['organiser-events'] })
  return (
    <section className="vr-section" aria-labelledby="check-ins-heading">
      <Heading level={2} id="check-ins-heading">
        {t('organiserEvents.checkIns.heading')}
      </Heading>
      <Paragraph>
        {t(`organiserEvents.phase.${list.phase}`, { until: formatDateTime(list.correctionEndsAt, i18n.language) })}{' '}
        {t('organiserEvents.checkIns.summary', {
          confirmed: list.confirmed,
          checkedIn: list.checkedIn,
          noShows: list.noShows,
        })}
      </Paragraph>
      {done && (
        <div ref={doneRef} tabIndex={-1} className="vr-organiser-events__done">
          <Notice>
            <Paragraph>{done.text}</Paragraph>
          </Notice>
        </div>
      )}
      {list.items.length === 0 ? (
        <Paragraph>{t('organiserEvents.checkIns.none')}</Paragraph>
      ) : (
        <DataTable
          id="event-check-ins"
          caption={t('organiserEvents.checkIns.caption')}
          columns={[
            t('organiserEvents.signUps.name'),
            t('organiserEvents.checkIns.state'),
            t('organiserEvents.checkIns.points'),
            t('organiserEvents.checkIns.correct'),
          ]}
        >
          {list.items.map((item) => {
            const active = item.checkIn && !item.checkIn.undoneAt ? item.checkIn : null
            return (
              <TableRow key={item.signUpId}>
                <TableCell>
                  {item.name}
                  {item.registrationNumber ? ` (${item.registrationNumber})` : ''}
                </TableCell>
                <TableCell>{describe(item)}</TableCell>
                <TableCell>{active ? active.points.message : '—'}</TableCell>
                <TableCell>
                  {canCorrect && active && (
                    <DecisionForm
                      id={`undo-${item.signUpId}`}
                      title={t('organiserEvents.checkIns.undoTitle', { name: item.name })}
                      intro={t('organiserEvents.checkIns.undoIntro')}
                      text={{
                        name: 'reason',
                        label: t('organiserEvents.checkIns.reason'),
                        requiredMessage: t('organiserEvents.checkIns.reasonRequired'),
                      }}
                      confirmLabel={t('organiserEvents.checkIns.undoConfirm')}
                      onSubmit={async (reason) => {
                        await organiserEventsApi.undo(organisationId, eventId, active.id, reason)
                        await refresh()
                        setDone({
                          text: t('organiserEvents.checkIns.undoneNotice', { name: item.name }),
                          at: Date.now(),
                        })
                      }}
                    />
                  )}
                  {list.phase === 'correction' && !active && (
                    <DecisionForm
                      id={`late-${item.signUpId}`}
                      title={t('organiserEvents.checkIns.lateTitle', { name: item.name })}
                      intro={t('organiserEvents.checkIns.lateIntro')}
                      text={{
                        name: 'reason',
                        label: t('organiserEvents.checkIns.reason'),
                        requiredMessage: t('organiserEvents.checkIns.reasonRequired'),
                      }}
                      confirmLabel={t('organiserEvents.checkIns.lateConfirm')}
                      onSubmit={async (reason) => {
                        const checkIn = await organiserEventsApi.checkIn(organisationId, eventId, {
                          signUpId: item.signUpId,
                          reason,
                        })
                        await refresh()
                        setDone({
                          text: t('organiserEvents.checkIns.lateNotice', {
                            name: item.name,
                            points: checkIn.points.message,
                          }),
                          at: Date.now(),
                        })
                      }}
                    />
                  )}
                </TableCell>
              </TableRow>
            )
          })}
        </DataTable>
      )}
    </section>
  )
}
