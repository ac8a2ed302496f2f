import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { ApiError } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { formatMoment } from '../agenda.rules.ts'
import { AGENDA_KEY, agendaApi, useMyEvaluation } from '../api/agenda-api.ts'
import {
  COMMENT_MAX,
  characterCount,
  checkEvaluation,
  EVALUATION_QUESTIONS,
  type EvaluationAnswers,
  type EvaluationQuestion,
  emptyEvaluation,
  evaluationBody,
  SCORES,
} from '../participant.rules.ts'

const FIELDS = [...EVALUATION_QUESTIONS, 'comment'] as const

function ScoreGroup({
  question,
  value,
  error,
  onChange,
}: {
  question: EvaluationQuestion
  value: number | null
  error?: string
  onChange: (score: number) => void
}) {
  const { t } = useTranslation()
  const errorId = `evaluation-${question}-error`
  return (
    <Fieldset invalid={!!error} aria-describedby={error ? errorId : undefined} className="vr-evaluation__group">
      <FieldsetLegend>{t(`agenda.evaluation.questions.${question}`)}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {SCORES.map((score) => (
        <FormField
          key={score}
          type="radio"
          label={
            <FormLabel htmlFor={`evaluation-${question}-${score}`} type="radio">
              {t(`agenda.evaluation.scores.${score}`)}
            </FormLabel>
          }
          input={
            <RadioButton
              id={`evaluation-${question}-${score}`}
              name={question}
              value={String(score)}
              checked={value === score}
              invalid={!!error}
              onChange={() => onChange(score)}
            />
          }
        />
      ))}
    </Fieldset>
  )
}

/**
 * The evaluation after the event, for someone who was checked in: three questions (1–5) and an optional comment,
 * once. The answers are kept without a name; the page says so. Outside the window or after submitting: why not.
 */
export function EvaluationForm({ eventId, level = 3 }: { eventId: string; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const query = useMyEvaluation(eventId)
  const { errors, clear, fail, failFromApi } = useFormErrors()
  const [answers, setAnswers] = useState<EvaluationAnswers>(emptyEvaluation)
  const [busy, setBusy] = useState(false)
  const [thanked, setThanked] = useState(false)
  const headingId = `evaluation-${eventId}`

  const set = <K extends keyof EvaluationAnswers>(key: K, value: EvaluationAnswers[K]) =>
    setAnswers((a) => ({ ...a, [key]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const problems = checkEvaluation(answers)
    if (Object.keys(problems).length > 0) {
      fail(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])))
      return
    }
    setBusy(true)
    clear()
    try {
      await agendaApi.evaluate(eventId, evaluationBody(answers))
      setThanked(true)
    } catch (error) {
      failFromApi(error, t('agenda.errors.unknown'), FIELDS)
      // Already submitted, or the window closed meanwhile: the state below follows the API.
      if (error instanceof ApiError && (error.status === 409 || error.status === 403))
        await queryClient.invalidateQueries({ queryKey: [...AGENDA_KEY, 'evaluation', eventId] })
    }
    setBusy(false)
  }

  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const mine = query.data
  if (!mine.attended) return null
  const moment = (iso: string) => formatMoment(iso, i18n.language)
  const count = characterCount(answers.comment)

  return (
    <section aria-labelledby={headingId} className="vr-section">
      <Heading level={level} id={headingId}>
        {t('agenda.evaluation.title')}
      </Heading>
      {thanked || mine.submitted ? (
        <Notice>
          <Paragraph>{thanked ? t('agenda.evaluation.thanks') : t('agenda.evaluation.alreadyDone')}</Paragraph>
        </Notice>
      ) : !mine.canSubmit ? (
        <Paragraph>
          {new Date(mine.opensAt).getTime() > Date.now()
            ? t('agenda.evaluation.notYet', { opensAt: moment(mine.opensAt) })
            : t('agenda.evaluation.closed', { closesAt: moment(mine.closesAt) })}
        </Paragraph>
      ) : (
        <form noValidate onSubmit={submit} className="vr-form" aria-labelledby={headingId}>
          <Paragraph>{t('agenda.evaluation.intro', { closesAt: moment(mine.closesAt) })}</Paragraph>
          <ErrorSummary
            errors={errors}
            fieldIds={{
              contentScore: 'evaluation-contentScore-1',
              speakerScore: 'evaluation-speakerScore-1',
              usefulnessScore: 'evaluation-usefulnessScore-1',
              comment: 'evaluation-comment',
            }}
            headingLevel={3}
            id="evaluation-errors"
          />
          {EVALUATION_QUESTIONS.map((question) => (
            <ScoreGroup
              key={question}
              question={question}
              value={answers[question]}
              error={errors.fields[question]}
              onChange={(score) => set(question, score)}
            />
          ))}
          <TextAreaField
            id="evaluation-comment"
            name="comment"
            label={t('agenda.evaluation.comment')}
            description={t('agenda.evaluation.commentHelp', {
              count,
              max: new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL').format(COMMENT_MAX),
            })}
            value={answers.comment}
            onChange={(value) => set('comment', value)}
            error={errors.fields.comment}
            rows={4}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('agenda.evaluation.submit')}
          </Button>
        </form>
      )}
    </section>
  )
}
