import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { formatMoment, formatPoints } from '../agenda.rules.ts'
import { AGENDA_KEY, agendaApi, type MySignUp, type SelfCheckIn } from '../api/agenda-api.ts'
import { keywordPhase, keywordWindow } from '../participant.rules.ts'

/**
 * Checking oneself in at an online session with the keyword the organiser shows in it. The form is there only within
 * the window; the API's Dutch messages say why not (too early, too late, wrong keyword, too many tries). Whether one is
 * already checked in comes with the sign-up, so no ticket is asked for (asking would make one: see `wantsTicket`).
 */
export function KeywordCheckIn({ signUp, level = 3 }: { signUp: MySignUp; level?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const { errors, clear, fail, failFromApi } = useFormErrors()
  const [keyword, setKeyword] = useState('')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<SelfCheckIn | null>(null)
  const fieldId = `keyword-${signUp.id}`
  const headingId = `keyword-title-${signUp.id}`
  const { opensAt, closesAt } = keywordWindow(signUp.event)
  const window = {
    opensAt: formatMoment(opensAt.toISOString(), i18n.language),
    closesAt: formatMoment(closesAt.toISOString(), i18n.language),
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!keyword.trim()) {
      fail({ keyword: t('agenda.keyword.required') })
      return
    }
    setBusy(true)
    clear()
    try {
      setDone(await agendaApi.checkIn(signUp.id, keyword))
      await queryClient.invalidateQueries({ queryKey: AGENDA_KEY })
    } catch (error) {
      failFromApi(error, t('agenda.errors.unknown'), ['keyword'])
    }
    setBusy(false)
  }

  const phase = keywordPhase(signUp.event, new Date())
  const checkedInAt = done?.checkedInAt ?? signUp.checkedInAt
  return (
    <section aria-labelledby={headingId} className="vr-section">
      <Heading level={level} id={headingId}>
        {t('agenda.keyword.title')}
      </Heading>
      {done && (
        <Notice>
          <Paragraph>{t('agenda.keyword.done')}</Paragraph>
          {done.points.outcome === 'booked' && done.points.points !== null && done.points.category && (
            <Paragraph>
              {t('agenda.keyword.pointsBooked', {
                points: formatPoints(done.points.points, i18n.language),
                category: t(`agenda.categories.${done.points.category}`),
              })}
            </Paragraph>
          )}
        </Notice>
      )}
      {checkedInAt ? (
        !done && (
          <Paragraph>
            <strong>{t('agenda.keyword.checkedIn', { moment: formatMoment(checkedInAt, i18n.language) })}</strong>
          </Paragraph>
        )
      ) : phase === 'not-yet' ? (
        <Paragraph>{t('agenda.keyword.notYet', window)}</Paragraph>
      ) : phase === 'closed' ? (
        <Paragraph>{t('agenda.keyword.closed', window)}</Paragraph>
      ) : (
        <form noValidate onSubmit={submit} className="vr-form" aria-labelledby={headingId}>
          <Paragraph>{t('agenda.keyword.intro', window)}</Paragraph>
          <ErrorSummary
            errors={errors}
            fieldIds={{ keyword: fieldId }}
            headingLevel={3}
            id={`keyword-errors-${signUp.id}`}
          />
          <TextField
            id={fieldId}
            name="keyword"
            label={t('agenda.keyword.label')}
            value={keyword}
            onChange={setKeyword}
            error={errors.fields.keyword}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={100}
            required
          />
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('agenda.keyword.submit')}
          </Button>
        </form>
      )}
    </section>
  )
}
