import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { formatMoment } from '../agenda.rules.ts'
import { type MySignUp, useTicket } from '../api/agenda-api.ts'
import { spellTicketCode, svgDataUrl } from '../participant.rules.ts'

/**
 * The ticket of a confirmed place at a location: the QR code (an image with a Dutch alt text) and the code to type,
 * large and spaced; a screen reader hears the code one character at a time. After the check-in it says so.
 */
export function TicketCard({ signUp, level = 3 }: { signUp: MySignUp; level?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation()
  const query = useTicket(signUp.id)
  const headingId = `ticket-${signUp.id}`
  return (
    <section aria-labelledby={headingId} className="vr-ticket">
      <Heading level={level} id={headingId}>
        {t('agenda.ticket.title')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          {query.data.checkedInAt ? (
            <Paragraph>
              <strong>
                {t('agenda.ticket.checkedIn', { moment: formatMoment(query.data.checkedInAt, i18n.language) })}
              </strong>
            </Paragraph>
          ) : (
            <Paragraph>{t('agenda.ticket.showAtEntrance')}</Paragraph>
          )}
          <div className="vr-ticket__body">
            <img
              className="vr-ticket__qr"
              src={svgDataUrl(query.data.qrSvg)}
              alt={t('agenda.ticket.qrAlt', { title: signUp.event.title })}
              width={220}
              height={220}
            />
            <div>
              <Paragraph className="vr-ticket__label">{t('agenda.ticket.code')}</Paragraph>
              <Paragraph className="vr-ticket__code">
                <span aria-hidden="true" translate="no">
                  {query.data.code}
                </span>
                <span className="vr-visually-hidden">{spellTicketCode(query.data.code)}</span>
              </Paragraph>
              <Paragraph className="vr-muted">{t('agenda.ticket.codeHelp')}</Paragraph>
            </div>
          </div>
        </>
      )}
    </section>
  )
}
