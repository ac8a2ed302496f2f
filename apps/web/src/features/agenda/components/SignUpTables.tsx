import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import { amsterdamDay, eventPath, formatDay, formatMoment } from '../agenda.rules.ts'
import type { MySignUp } from '../api/agenda-api.ts'
import { attendedAt } from '../participant.rules.ts'
import { EventPlace, EventTime } from './EventFacts.tsx'

const EventLink = ({ signUp }: { signUp: MySignUp }) => (
  <AppLink to={eventPath(signUp.event.id)}>{signUp.event.title}</AppLink>
)

/** Offered places with the deadline and a button to confirm. */
export function OfferedTable({
  items,
  busyId,
  onConfirm,
}: {
  items: MySignUp[]
  busyId: string | null
  onConfirm: (s: MySignUp) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id="agenda-offered"
      caption={t('agenda.mine.offeredCaption')}
      columns={[t('agenda.mine.event'), t('agenda.mine.when'), t('agenda.mine.confirmBefore'), t('agenda.mine.action')]}
    >
      {items.map((s) => (
        <TableRow key={s.id}>
          <TableCell>
            <EventLink signUp={s} />
          </TableCell>
          <TableCell>
            <EventTime event={s.event} />
          </TableCell>
          <TableCell>{s.offerExpiresAt ? formatMoment(s.offerExpiresAt, i18n.language) : '—'}</TableCell>
          <TableCell>
            <Button appearance="primary-action-button" busy={busyId === s.id} onClick={() => onConfirm(s)}>
              {t('agenda.mine.confirm')}
              <span className="vr-visually-hidden"> {t('agenda.mine.confirmWhich', { title: s.event.title })}</span>
            </Button>
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}

/** Places one has: when, where, and the online link when the API gives it. */
export function ConfirmedTable({ items }: { items: MySignUp[] }) {
  const { t } = useTranslation()
  if (items.length === 0) return <Paragraph>{t('agenda.mine.confirmedNone')}</Paragraph>
  return (
    <DataTable
      id="agenda-confirmed"
      caption={t('agenda.mine.confirmedCaption')}
      columns={[t('agenda.mine.event'), t('agenda.mine.when'), t('agenda.mine.where')]}
    >
      {items.map((s) => (
        <TableRow key={s.id}>
          <TableCell>
            <EventLink signUp={s} />
          </TableCell>
          <TableCell>
            <EventTime event={s.event} />
          </TableCell>
          <TableCell>
            <EventPlace event={s.event} />
            {s.onlineUrl && /^https?:\/\//i.test(s.onlineUrl) && (
              <>
                <br />
                <a className="utrecht-link utrecht-link--html-a" href={s.onlineUrl} rel="noopener noreferrer">
                  {t('agenda.mine.joinOnline')}
                  <span className="vr-visually-hidden">
                    {' '}
                    {t('agenda.mine.joinOnlineWhich', { title: s.event.title })}
                  </span>
                </a>
              </>
            )}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}

/** The waiting list: one's number on it. */
export function WaitingTable({ items }: { items: MySignUp[] }) {
  const { t } = useTranslation()
  if (items.length === 0) return <Paragraph>{t('agenda.mine.waitingNone')}</Paragraph>
  return (
    <DataTable
      id="agenda-waiting"
      caption={t('agenda.mine.waitingCaption')}
      columns={[t('agenda.mine.event'), t('agenda.mine.when'), t('agenda.mine.position')]}
    >
      {items.map((s) => (
        <TableRow key={s.id}>
          <TableCell>
            <EventLink signUp={s} />
          </TableCell>
          <TableCell>
            <EventTime event={s.event} />
          </TableCell>
          <TableCell>{s.position ?? '—'}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}

/** Sign-ups that ended, or events that are over: what became of them. */
/** How a sign-up ended: for an event that is over with a check-in "Aanwezig" and the day, otherwise its state. */
function HistoryState({ signUp, now }: { signUp: MySignUp; now: Date }) {
  const { t, i18n } = useTranslation()
  const at = attendedAt(signUp, now)
  if (at) return t('agenda.mine.present', { day: formatDay(amsterdamDay(at), i18n.language) })
  return signUp.event.state === 'cancelled' ? t('agenda.mine.eventCancelled') : t(`agenda.mine.states.${signUp.state}`)
}

export function HistoryTable({ id, caption, items }: { id: string; caption: string; items: MySignUp[] }) {
  const { t } = useTranslation()
  const now = new Date()
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={[t('agenda.mine.event'), t('agenda.mine.when'), t('agenda.mine.state')]}
    >
      {items.map((s) => (
        <TableRow key={s.id}>
          <TableCell>
            <EventLink signUp={s} />
          </TableCell>
          <TableCell>
            <EventTime event={s.event} />
          </TableCell>
          <TableCell>
            <HistoryState signUp={s} now={now} />
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
