import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { type FormEvent, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { DataTable } from '../../../components/DataTable.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { ApiError } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { type CheckInBody, organiserEventsApi, useCheckIns, useOwnEvent } from '../api/organiser-events-api.ts'
import { useCheckInText } from '../components/CheckInsSection.tsx'
import { OrganiserShell } from '../components/OrganiserShell.tsx'
import { QrScanner } from '../components/QrScanner.tsx'
import { eventPath } from '../organiser-events.rules.ts'

/**
 * /aanbieder/:organisationId/bijeenkomsten/:eventId/binnenkomst: check people in at the door — by typed ticket code,
 * by camera (where the browser can read QR codes) or from the list. Every result is announced in one live region.
 * The code field does not take focus by itself: the page also holds the scanner and the list, and a screen reader
 * user should hear the page from its heading first.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation()
  const { organisationId = '', eventId = '' } = useParams()
  const queryClient = useQueryClient()
  const event = useOwnEvent(organisationId, eventId)
  const list = useCheckIns(organisationId, eventId)
  const describe = useCheckInText()
  const [code, setCode] = useState('')
  const [reason, setReason] = useState('')
  const [result, setResult] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()
  const late = list.data?.phase === 'correction'
  const heading = t('organiserEvents.checkIn.heading')
  const base = eventPath(organisationId, eventId)

  /** Says `message` in the live region, also when it is the same as the last one (e.g. the same ticket twice). */
  const announce = useCallback((message: string) => {
    setResult('')
    setTimeout(() => setResult(message), 100)
  }, [])

  /** Checks in; a typed code's problems also go to the error summary, a scan's or the list's only to the live region. */
  const send = useCallback(
    async (body: CheckInBody) => {
      if (late && !reason.trim()) {
        fail({ reason: t('organiserEvents.checkIns.reasonRequired') })
        announce(t('organiserEvents.checkIns.reasonRequired'))
        return false
      }
      setBusy(true)
      const started = Date.now()
      try {
        const checkIn = await organiserEventsApi.checkIn(organisationId, eventId, {
          ...body,
          ...(late ? { reason: reason.trim() } : {}),
        })
        const already = Date.parse(checkIn.checkedInAt) < started - 3000
        announce(
          `${t(already ? 'organiserEvents.checkIn.already' : 'organiserEvents.checkIn.done', {
            name: checkIn.name,
            at: formatDateTime(checkIn.checkedInAt, i18n.language),
          })} ${checkIn.points.message}`,
        )
        clear()
        await queryClient.invalidateQueries({ queryKey: ['organiser-events', 'check-ins', eventId] })
        return true
      } catch (error) {
        if (body.code) failFromApi(error, t('form.errors.unknown'), ['code', 'reason'])
        else clear()
        const detail = error instanceof ApiError ? (error.errors[0]?.reason ?? error.detail) : t('form.errors.unknown')
        announce(`${t('organiserEvents.checkIn.failed')} ${detail || t('form.errors.unknown')}`)
        return false
      } finally {
        setBusy(false)
      }
    },
    [late, reason, organisationId, eventId, t, i18n.language, fail, failFromApi, clear, queryClient, announce],
  )
  const onToken = useCallback((token: string) => void send({ token }), [send])
  const onOther = useCallback(() => announce(t('organiserEvents.checkIn.notATicket')), [announce, t])

  async function submitCode(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    if (!code.trim()) {
      fail({ code: t('organiserEvents.checkIn.codeRequired') })
      announce(t('organiserEvents.checkIn.codeRequired'))
      return
    }
    if (await send({ code: code.trim() })) setCode('')
  }

  return (
    <OrganiserShell
      organisationId={organisationId}
      heading={heading}
      crumbs={[
        { to: base, label: event.data?.title ?? t('organiserEvents.event.heading') },
        { to: `${base}/binnenkomst`, label: heading },
      ]}
    >
      {event.data && (
        <Paragraph lead>
          {event.data.title}, {formatDateTime(event.data.startsAt, i18n.language)}
        </Paragraph>
      )}
      {list.data && (
        <Paragraph>
          {t(`organiserEvents.phase.${list.data.phase}`, {
            until: formatDateTime(list.data.correctionEndsAt, i18n.language),
          })}
        </Paragraph>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className="vr-organiser-events__result">
        {result}
      </div>
      <ErrorSummary errors={errors} fieldIds={{ code: 'ticket-code', reason: 'check-in-reason' }} />
      <form noValidate onSubmit={submitCode} className="vr-form" aria-label={t('organiserEvents.checkIn.byCode')}>
        {late && (
          <TextAreaField
            id="check-in-reason"
            name="reason"
            label={t('organiserEvents.checkIns.reason')}
            description={t('organiserEvents.checkIn.reasonHelp')}
            value={reason}
            onChange={setReason}
            error={errors.fields.reason}
          />
        )}
        <TextField
          id="ticket-code"
          name="code"
          label={t('organiserEvents.checkIn.code')}
          description={t('organiserEvents.checkIn.codeHelp')}
          value={code}
          onChange={setCode}
          error={errors.fields.code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          size={12}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('organiserEvents.checkIn.submitCode')}
        </Button>
      </form>
      <section className="vr-section" aria-labelledby="scan-heading">
        <Heading level={2} id="scan-heading">
          {t('organiserEvents.checkIn.scanHeading')}
        </Heading>
        <QrScanner onToken={onToken} onOther={onOther} />
      </section>
      <section className="vr-section" aria-labelledby="list-heading">
        <Heading level={2} id="list-heading">
          {t('organiserEvents.checkIn.listHeading')}
        </Heading>
        {list.isPending ? (
          <Loading />
        ) : list.error || !list.data ? (
          <LoadError error={list.error} />
        ) : list.data.items.length === 0 ? (
          <Paragraph>{t('organiserEvents.checkIns.none')}</Paragraph>
        ) : (
          <DataTable
            id="check-in-list"
            caption={t('organiserEvents.checkIn.listCaption', {
              checkedIn: list.data.checkedIn,
              confirmed: list.data.confirmed,
            })}
            columns={[
              t('organiserEvents.signUps.name'),
              t('organiserEvents.checkIns.state'),
              t('organiserEvents.checkIn.action'),
            ]}
          >
            {list.data.items.map((item) => {
              const active = item.checkIn && !item.checkIn.undoneAt
              return (
                <TableRow key={item.signUpId}>
                  <TableCell>
                    {item.name}
                    {item.registrationNumber ? ` (${item.registrationNumber})` : ''}
                  </TableCell>
                  <TableCell>{describe(item)}</TableCell>
                  <TableCell>
                    {!active && (list.data.phase === 'live' || list.data.phase === 'correction') && (
                      <Button
                        appearance="secondary-action-button"
                        disabled={busy}
                        aria-label={t('organiserEvents.checkIn.listButtonFor', { name: item.name })}
                        onClick={() => void send({ signUpId: item.signUpId })}
                      >
                        {t('organiserEvents.checkIn.listButton')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              )
            })}
          </DataTable>
        )}
      </section>
    </OrganiserShell>
  )
}
