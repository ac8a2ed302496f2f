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
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { reregistrationApi, useSimulation } from '../api/reregistration-api.ts'
import { formatDate } from '../reregistration.rules.ts'
import { ShiftTable } from './ShiftTable.tsx'

const FIELD_IDS = { shiftYears: 'shift-1' }

/** The simulation of every shift, shown before the choice; then the choice itself. */
export function LimitedTermForm({ registrationId, onDone }: { registrationId: string; onDone: () => Promise<void> }) {
  const { t, i18n } = useTranslation()
  const simulation = useSimulation(registrationId, true)
  const [choice, setChoice] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    clear()
    if (choice === null) return fail({ shiftYears: t('reregistration.mine.limited.choiceRequired') })
    setBusy(true)
    try {
      await reregistrationApi.apply(registrationId, { kind: 'limited-term', shiftYears: choice })
      await onDone()
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), Object.keys(FIELD_IDS))
    } finally {
      setBusy(false)
    }
  }

  const date = (iso: string) => formatDate(iso, i18n.language)
  return (
    <section aria-labelledby="limited-title" className="vr-section">
      <Heading level={3} id="limited-title">
        {t('reregistration.mine.limited.title')}
      </Heading>
      <Paragraph>{t('reregistration.mine.limited.intro')}</Paragraph>
      {simulation.isPending ? (
        <Loading />
      ) : simulation.error || !simulation.data ? (
        <LoadError error={simulation.error} />
      ) : (
        <>
          <ShiftTable id="shifts" caption={t('reregistration.mine.limited.caption')} items={simulation.data.items} />
          <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="limited-errors" />
          <form noValidate onSubmit={submit} className="vr-form" aria-labelledby="limited-title">
            <Fieldset invalid={!!errors.fields.shiftYears}>
              <FieldsetLegend>{t('reregistration.mine.limited.legend')}</FieldsetLegend>
              {errors.fields.shiftYears && <FormFieldErrorMessage>{errors.fields.shiftYears}</FormFieldErrorMessage>}
              {simulation.data.items.map((o) => (
                <FormField
                  key={o.shiftYears}
                  type="radio"
                  label={
                    <FormLabel htmlFor={`shift-${o.shiftYears}`} type="radio">
                      {t('reregistration.mine.limited.option', {
                        years: t('reregistration.shiftYears', { count: o.shiftYears }),
                        start: date(o.startDate),
                        end: date(o.endDate),
                      })}
                    </FormLabel>
                  }
                  input={
                    <RadioButton
                      id={`shift-${o.shiftYears}`}
                      name="shiftYears"
                      value={String(o.shiftYears)}
                      checked={choice === o.shiftYears}
                      onChange={() => setChoice(o.shiftYears)}
                    />
                  }
                />
              ))}
            </Fieldset>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('reregistration.mine.limited.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  )
}
