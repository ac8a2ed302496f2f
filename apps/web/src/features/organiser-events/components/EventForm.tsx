import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckboxField } from '../../../components/CheckboxField.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import {
  EVENT_TYPES,
  type EventInput,
  type OwnEvent,
  PROVINCES,
  useAccreditedActivities,
  useRuns,
} from '../api/organiser-events-api.ts'
import {
  EVENT_FIELDS as FIELDS,
  type EventField as Field,
  initialValues,
  toInput,
  type EventFormValues as Values,
} from '../organiser-events.form.ts'

/** Create or change an event. The server checks everything and names every wrong field at once. */
export function EventForm({
  organisationId,
  event,
  submitLabel,
  onSubmit,
}: {
  organisationId: string
  event?: OwnEvent
  submitLabel: string
  onSubmit: (input: EventInput) => Promise<unknown>
}) {
  const { t, i18n } = useTranslation()
  const [values, setValues] = useState<Values>(() => initialValues(event))
  const [busy, setBusy] = useState(false)
  const { errors, failFromApi } = useFormErrors()
  const activities = useAccreditedActivities(organisationId)
  const runs = useRuns(organisationId, values.activityId)
  const fieldIds = Object.fromEntries(FIELDS.map((f) => [f, `event-${f}`])) as Record<Field, string>
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const label = (key: string) => t(`organiserEvents.form.${key}`)
  const text = (field: Exclude<Field, 'online'>, options: { area?: boolean; help?: boolean } = {}) => {
    const props = {
      id: fieldIds[field],
      name: field,
      label: label(field),
      description: options.help ? label(`${field}Help`) : undefined,
      value: values[field],
      onChange: set(field),
      error: errors.fields[field],
    }
    return options.area ? <TextAreaField {...props} /> : <TextField {...props} />
  }
  const dateTime = (field: 'startsAtLocal' | 'endsAtLocal' | 'signUpDeadlineLocal', time: keyof Values) => (
    <Fieldset className="vr-organiser-events__when">
      <FieldsetLegend>{label(field)}</FieldsetLegend>
      <TextField
        id={fieldIds[field]}
        name={`${field}-date`}
        label={label('date')}
        description={field === 'signUpDeadlineLocal' ? label('deadlineHelp') : label('dateHelp')}
        value={values[field]}
        onChange={set(field)}
        error={errors.fields[field]}
        inputMode="numeric"
        autoComplete="off"
        size={12}
      />
      <TextField
        id={`${fieldIds[field]}-time`}
        name={`${field}-time`}
        label={label('time')}
        description={label('timeHelp')}
        value={values[time] as string}
        onChange={set(time)}
        inputMode="numeric"
        autoComplete="off"
        size={6}
      />
    </Fieldset>
  )

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      await onSubmit(toInput(values))
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
    }
    setBusy(false)
  }

  const runLabel = (run: { startsOn: string; endsOn: string; location: string }) => {
    const fmt = (d: string) =>
      new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
        new Date(`${d}T12:00:00Z`),
      )
    const dates = run.startsOn === run.endsOn ? fmt(run.startsOn) : `${fmt(run.startsOn)} – ${fmt(run.endsOn)}`
    return run.location ? `${dates}, ${run.location}` : dates
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      <form noValidate onSubmit={submit} className="vr-form" aria-label={submitLabel}>
        {text('title')}
        <SelectField
          id={fieldIds.type}
          name="type"
          label={label('type')}
          value={values.type}
          onChange={set('type')}
          options={EVENT_TYPES.map((type) => ({ value: type, label: t(`organiserEvents.type.${type}`) }))}
          error={errors.fields.type}
        />
        {text('description', { area: true })}
        {text('speakers', { area: true, help: true })}
        {dateTime('startsAtLocal', 'startsTime')}
        {dateTime('endsAtLocal', 'endsTime')}
        <CheckboxField
          id={fieldIds.online}
          name="online"
          label={label('online')}
          checked={values.online}
          onChange={(online) => setValues((v) => ({ ...v, online }))}
          error={errors.fields.online}
        />
        {values.online ? (
          text('onlineUrl', { help: true })
        ) : (
          <>
            {text('locationName')}
            {text('address')}
            <SelectField
              id={fieldIds.province}
              name="province"
              label={label('province')}
              value={values.province}
              onChange={set('province')}
              options={[
                { value: '', label: label('provinceNone') },
                ...PROVINCES.map((p) => ({ value: p, label: p, lang: 'nl' })),
              ]}
              error={errors.fields.province}
            />
          </>
        )}
        {text('accessibility', { area: true, help: true })}
        <TextField
          id={fieldIds.capacity}
          name="capacity"
          inputMode="numeric"
          label={label('capacity')}
          value={values.capacity}
          onChange={set('capacity')}
          error={errors.fields.capacity}
          size={8}
        />
        {dateTime('signUpDeadlineLocal', 'deadlineTime')}
        {text('audience', { area: true, help: true })}
        {text('priceInfo', { help: true })}
        <SelectField
          id={fieldIds.activityId}
          name="activityId"
          label={label('activityId')}
          description={label('activityIdHelp')}
          value={values.activityId}
          onChange={(activityId) => setValues((v) => ({ ...v, activityId, runId: '' }))}
          options={[
            { value: '', label: label('noActivity') },
            ...(activities.data ?? []).map((a) => ({
              value: a.id,
              label: a.publicId ? `${a.title} (${a.publicId})` : a.title,
            })),
          ]}
          error={errors.fields.activityId}
        />
        {values.activityId && (
          <SelectField
            id={fieldIds.runId}
            name="runId"
            label={label('runId')}
            value={values.runId}
            onChange={set('runId')}
            options={[
              { value: '', label: runs.isPending ? t('common.loading') : label('chooseRun') },
              ...(runs.data ?? []).map((r) => ({ value: r.id, label: runLabel(r) })),
            ]}
            error={errors.fields.runId}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitLabel}
        </Button>
      </form>
    </>
  )
}
