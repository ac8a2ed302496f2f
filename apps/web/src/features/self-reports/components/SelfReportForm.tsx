import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { FileField } from '../../../components/FileField.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { CATEGORIES, declarationUrl, KINDS, type Kind, type MyRegistration } from '../api/self-reports-api.ts'
import { MAX_FILE_BYTES, MAX_HOURS, parseHours, SUGGESTED_CATEGORY, todayIso } from '../self-reports.rules.ts'

const FIELDS = [
  'registrationId',
  'kind',
  'title',
  'description',
  'activityDate',
  'hours',
  'requestedCategory',
  'evidenceKind',
  'evidence',
] as const
type Field = (typeof FIELDS)[number]
const ids = Object.fromEntries(FIELDS.map((name) => [name, `self-report-${name}`])) as Record<Field, string>

/** The form to report an activity: what, when, how long, which category, and the evidence (with the declaration). */
export function SelfReportForm({
  registrations,
  onSubmit,
}: {
  registrations: MyRegistration[]
  onSubmit: (form: FormData) => Promise<void>
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState<Record<Exclude<Field, 'evidence'>, string>>({
    registrationId: registrations.length === 1 ? registrations[0]!.id : '',
    kind: '',
    title: '',
    description: '',
    activityDate: '',
    hours: '',
    requestedCategory: '',
    evidenceKind: '',
  })
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const set = (name: Exclude<Field, 'evidence'>) => (value: string) => setValues((v) => ({ ...v, [name]: value }))

  function chooseKind(kind: string) {
    setValues((v) => ({
      ...v,
      kind,
      // Suggest the usual category once; a choice the professional made stays.
      requestedCategory: v.requestedCategory || (kind ? SUGGESTED_CATEGORY[kind as Kind] : ''),
    }))
  }

  function check() {
    const found: Partial<Record<Field, string>> = {}
    if (registrations.length > 1 && !values.registrationId)
      found.registrationId = t('selfReports.form.required.registrationId')
    if (!values.kind) found.kind = t('selfReports.form.required.kind')
    if (!values.title.trim()) found.title = t('selfReports.form.required.title')
    if (!values.activityDate) found.activityDate = t('selfReports.form.required.activityDate')
    else if (values.activityDate > todayIso()) found.activityDate = t('selfReports.form.dateInFuture')
    const hours = parseHours(values.hours)
    if (!values.hours.trim()) found.hours = t('selfReports.form.required.hours')
    else if (hours === null || hours <= 0 || hours > MAX_HOURS)
      found.hours = t('selfReports.form.hoursFormat', { max: MAX_HOURS })
    if (!values.requestedCategory) found.requestedCategory = t('selfReports.form.required.requestedCategory')
    if (!values.evidenceKind) found.evidenceKind = t('selfReports.form.required.evidenceKind')
    if (!file) found.evidence = t('selfReports.form.required.evidence')
    else if (file.size > MAX_FILE_BYTES) found.evidence = t('selfReports.form.tooLarge')
    return Object.fromEntries(FIELDS.filter((name) => found[name]).map((name) => [name, found[name]!]))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const problems = check()
    if (Object.keys(problems).length > 0) return fail(problems)
    const form = new FormData()
    for (const [name, value] of Object.entries(values)) if (value.trim() !== '') form.append(name, value.trim())
    form.append('evidence', file!, file!.name)
    setBusy(true)
    try {
      await onSubmit(form)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
      setBusy(false)
    }
  }

  const option = (prefix: string) => (value: string) => ({ value, label: t(`${prefix}.${value}`) })
  const choose = { value: '', label: t('selfReports.form.choose') }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form noValidate onSubmit={submit} className="vr-form" aria-label={t('selfReports.form.label')}>
        <Fieldset>
          <FieldsetLegend>{t('selfReports.form.activityLegend')}</FieldsetLegend>
          {registrations.length > 1 && (
            <SelectField
              id={ids.registrationId}
              name="registrationId"
              label={t('selfReports.form.registrationId')}
              value={values.registrationId}
              onChange={set('registrationId')}
              options={[
                choose,
                ...registrations.map((r) => ({ value: r.id, label: `${r.register} (${r.registrationNumber ?? '—'})` })),
              ]}
              error={errors.fields.registrationId}
            />
          )}
          <SelectField
            id={ids.kind}
            name="kind"
            label={t('selfReports.form.kind')}
            value={values.kind}
            onChange={chooseKind}
            options={[choose, ...KINDS.map(option('selfReports.kind'))]}
            error={errors.fields.kind}
          />
          <TextField
            id={ids.title}
            name="title"
            label={t('selfReports.form.title')}
            description={t('selfReports.form.titleHelp')}
            value={values.title}
            onChange={set('title')}
            error={errors.fields.title}
            maxLength={200}
            required
          />
          <TextAreaField
            id={ids.description}
            name="description"
            label={t('selfReports.form.description')}
            description={t('selfReports.form.descriptionHelp')}
            value={values.description}
            onChange={set('description')}
            error={errors.fields.description}
          />
          <TextField
            id={ids.activityDate}
            name="activityDate"
            type="date"
            label={t('selfReports.form.activityDate')}
            description={t('selfReports.form.activityDateHelp')}
            value={values.activityDate}
            onChange={set('activityDate')}
            error={errors.fields.activityDate}
            max={todayIso()}
            required
          />
          <TextField
            id={ids.hours}
            name="hours"
            inputMode="decimal"
            label={t('selfReports.form.hours')}
            description={t('selfReports.form.hoursHelp')}
            value={values.hours}
            onChange={set('hours')}
            error={errors.fields.hours}
            required
          />
          <SelectField
            id={ids.requestedCategory}
            name="requestedCategory"
            label={t('selfReports.form.requestedCategory')}
            description={t('selfReports.form.requestedCategoryHelp')}
            value={values.requestedCategory}
            onChange={set('requestedCategory')}
            options={[choose, ...CATEGORIES.map(option('selfReports.category'))]}
            error={errors.fields.requestedCategory}
          />
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('selfReports.form.evidenceLegend')}</FieldsetLegend>
          <Paragraph>{t('selfReports.form.evidenceIntro')}</Paragraph>
          <Paragraph>
            <a
              className="utrecht-link utrecht-link--html-a"
              href={declarationUrl({
                kind: values.kind,
                registrationId: values.registrationId,
                title: values.title,
                activityDate: values.activityDate,
                hours: values.hours,
              })}
              download
            >
              {t('selfReports.form.downloadDeclaration')}
            </a>
          </Paragraph>
          <SelectField
            id={ids.evidenceKind}
            name="evidenceKind"
            label={t('selfReports.form.evidenceKind')}
            value={values.evidenceKind}
            onChange={set('evidenceKind')}
            options={[choose, ...['upload', 'declaration'].map(option('selfReports.evidenceKind'))]}
            error={errors.fields.evidenceKind}
          />
          <FileField
            id={ids.evidence}
            name="evidence"
            label={t('selfReports.form.evidence')}
            description={t('selfReports.form.fileHint')}
            error={errors.fields.evidence}
            required
            onChange={setFile}
          />
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('selfReports.form.submit')}
        </Button>
      </form>
    </>
  )
}
