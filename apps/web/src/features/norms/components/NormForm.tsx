import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { NORMS_KEY, type NormVersion, normsApi } from '../api/norms-api.ts'
import { type NormFormValues, normInputOf } from '../norms.rules.ts'

/** API field name → input id (the error summary links to them). */
const FIELD_IDS: Record<string, string> = {
  validFrom: 'norm-valid-from',
  totalPoints: 'norm-total',
  'categories.training.minimum': 'norm-training-min',
  'categories.training.maximum': 'norm-training-max',
  'categories.reflection.minimum': 'norm-reflection-min',
  'categories.reflection.maximum': 'norm-reflection-max',
  'categories.freeChoice.minimum': 'norm-free-choice-min',
  'categories.freeChoice.maximum': 'norm-free-choice-max',
  categories: 'norm-training-min',
  capPerActivity: 'norm-cap',
  proRata: 'norm-pro-rata',
  note: 'norm-note',
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace('.', ',')

/** Adds a version of the norm, prefilled with the current one. The API checks every field and lists all problems. */
export function NormForm({
  registerId,
  current,
  onAdded,
}: {
  registerId: string
  current?: NormVersion
  onAdded: (v: NormVersion) => void
}) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [values, setValues] = useState<NormFormValues>({
    validFrom: '',
    totalPoints: text(current?.totalPoints),
    trainingMin: text(current?.categories.training.minimum),
    trainingMax: text(current?.categories.training.maximum),
    reflectionMin: text(current?.categories.reflection.minimum),
    reflectionMax: text(current?.categories.reflection.maximum),
    freeChoiceMin: text(current?.categories.freeChoice.minimum),
    freeChoiceMax: text(current?.categories.freeChoice.maximum),
    capPerActivity: text(current?.capPerActivity),
    proRata: current?.proRata ?? true,
    note: '',
  })
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const set = (field: keyof NormFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const { input, notNumbers } = normInputOf(values)
    if (notNumbers.length > 0) {
      return fail(Object.fromEntries(notNumbers.map((name) => [name, t('dossier.norms.form.notNumber')])))
    }
    setBusy(true)
    try {
      const added = await normsApi.add(registerId, input)
      await queryClient.invalidateQueries({ queryKey: NORMS_KEY })
      onAdded(added)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(FIELD_IDS))
    } finally {
      setBusy(false)
    }
  }

  const numberField = (field: keyof NormFormValues, apiName: string, label: string, help?: string) => (
    <TextField
      id={FIELD_IDS[apiName]!}
      name={field}
      label={label}
      description={help}
      value={values[field] as string}
      onChange={set(field)}
      error={errors.fields[apiName]}
      inputMode="decimal"
      size={8}
    />
  )

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} id="norm-errors" headingLevel={3} />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id={FIELD_IDS.validFrom!}
          name="validFrom"
          label={t('dossier.norms.form.validFrom')}
          description={t('dossier.norms.form.validFromHelp')}
          value={values.validFrom}
          onChange={set('validFrom')}
          error={errors.fields.validFrom}
          placeholder="2027-01-01"
          required
        />
        {numberField('totalPoints', 'totalPoints', t('dossier.norms.form.total'), t('dossier.norms.form.totalHelp'))}
        {errors.fields.categories && <Paragraph className="vr-field-error">{errors.fields.categories}</Paragraph>}
        {numberField(
          'trainingMin',
          'categories.training.minimum',
          t('dossier.norms.form.min', { category: t('dossier.forecast.categories.training') }),
          t('dossier.norms.form.emptyHelp'),
        )}
        {numberField(
          'trainingMax',
          'categories.training.maximum',
          t('dossier.norms.form.max', { category: t('dossier.forecast.categories.training') }),
        )}
        {numberField(
          'reflectionMin',
          'categories.reflection.minimum',
          t('dossier.norms.form.min', { category: t('dossier.forecast.categories.reflection') }),
        )}
        {numberField(
          'reflectionMax',
          'categories.reflection.maximum',
          t('dossier.norms.form.max', { category: t('dossier.forecast.categories.reflection') }),
        )}
        {numberField(
          'freeChoiceMin',
          'categories.freeChoice.minimum',
          t('dossier.norms.form.min', { category: t('dossier.forecast.categories.free-choice') }),
        )}
        {numberField(
          'freeChoiceMax',
          'categories.freeChoice.maximum',
          t('dossier.norms.form.max', { category: t('dossier.forecast.categories.free-choice') }),
        )}
        {numberField('capPerActivity', 'capPerActivity', t('dossier.norms.form.cap'), t('dossier.norms.form.capHelp'))}
        <FormField
          type="checkbox"
          label={
            <FormLabel htmlFor={FIELD_IDS.proRata} type="checkbox">
              {t('dossier.norms.form.proRata')}
            </FormLabel>
          }
          description={
            <FormFieldDescription id="norm-pro-rata-help">{t('dossier.norms.form.proRataHelp')}</FormFieldDescription>
          }
          input={
            <Checkbox
              id={FIELD_IDS.proRata}
              name="proRata"
              checked={values.proRata}
              aria-describedby="norm-pro-rata-help"
              onChange={(event) => {
                const checked = event.currentTarget.checked
                setValues((v) => ({ ...v, proRata: checked }))
              }}
            />
          }
        />
        <TextAreaField
          id={FIELD_IDS.note!}
          name="note"
          label={t('dossier.norms.form.note')}
          value={values.note}
          onChange={set('note')}
          error={errors.fields.note}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('dossier.norms.form.submit')}
        </Button>
      </form>
    </>
  )
}
