import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { CheckboxField } from '../../../components/CheckboxField.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { FileField } from '../../../components/FileField.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import type { Employer, RegisterList } from '../api/applications-api.ts'
import { CODE_PATH, MAX_FILE_BYTES } from '../applications.rules.ts'

const TEXT_FIELDS = ['initials', 'infix', 'surname', 'educationInstitution', 'educationProgramme'] as const
const FIELDS = [
  'registerId',
  'initials',
  'infix',
  'surname',
  'profession',
  'employerOrganisationId',
  'selfEmployed',
  'educationInstitution',
  'educationProgramme',
  'educationDate',
  'diploma',
  'acceptCode',
] as const
type Field = (typeof FIELDS)[number]
const REQUIRED: Field[] = [
  'registerId',
  'initials',
  'surname',
  'profession',
  'educationInstitution',
  'educationProgramme',
  'educationDate',
]
const ids = Object.fromEntries(FIELDS.map((name) => [name, `apply-${name}`])) as Record<Field, string>

/** The application form: who, which register and profession, employer, education, diploma and the code. */
export function ApplyForm({
  registers,
  employers,
  initialEmployer,
  onSubmit,
}: {
  registers: RegisterList
  employers: Employer[]
  initialEmployer: string | null
  onSubmit: (form: FormData) => Promise<void>
}) {
  const { t } = useTranslation()
  const only = registers.items.length === 1 ? registers.items[0]!.id : ''
  const [values, setValues] = useState<Record<string, string>>({
    registerId: only,
    profession: '',
    initials: '',
    infix: '',
    surname: '',
    employerOrganisationId: employers.some((e) => e.id === initialEmployer) ? initialEmployer! : '',
    educationInstitution: '',
    educationProgramme: '',
    educationDate: '',
  })
  const [selfEmployed, setSelfEmployed] = useState(false)
  const [acceptCode, setAcceptCode] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors({ codeVersion: 'acceptCode' })
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }))
  const register = registers.items.find((r) => r.id === values.registerId)

  function check() {
    const found: Record<string, string> = {}
    for (const name of REQUIRED) if (!values[name]?.trim()) found[name] = t(`application.form.required.${name}`)
    if (!selfEmployed && !values.employerOrganisationId)
      found.employerOrganisationId = t('application.form.required.employer')
    if (!file) found.diploma = t('application.form.required.diploma')
    else if (file.size > MAX_FILE_BYTES) found.diploma = t('application.form.tooLarge')
    if (!acceptCode) found.acceptCode = t('application.form.required.acceptCode')
    return Object.fromEntries(FIELDS.filter((name) => found[name]).map((name) => [name, found[name]!]))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const problems = check()
    if (Object.keys(problems).length > 0) return fail(problems)
    const form = new FormData()
    for (const [name, value] of Object.entries(values)) {
      if (name === 'employerOrganisationId' && selfEmployed) continue
      form.append(name, value.trim())
    }
    form.append('selfEmployed', String(selfEmployed))
    form.append('acceptCode', String(acceptCode))
    form.append('codeVersion', registers.professionalCode.version)
    form.append('diploma', file!, file!.name)
    setBusy(true)
    try {
      await onSubmit(form)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), FIELDS)
      setBusy(false)
    }
  }

  const field = (name: (typeof TEXT_FIELDS)[number], extra: { autoComplete?: string; help?: string } = {}) => (
    <TextField
      id={ids[name]}
      name={name}
      label={t(`application.form.${name}`)}
      description={extra.help}
      autoComplete={extra.autoComplete}
      value={values[name] ?? ''}
      onChange={set(name)}
      error={errors.fields[name]}
      required={REQUIRED.includes(name)}
    />
  )

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form noValidate onSubmit={submit} className="vr-form" aria-label={t('application.form.label')}>
        <Fieldset>
          <FieldsetLegend>{t('application.form.registerLegend')}</FieldsetLegend>
          <SelectField
            id={ids.registerId}
            name="registerId"
            label={t('application.form.registerId')}
            value={values.registerId ?? ''}
            onChange={(value) => setValues((v) => ({ ...v, registerId: value, profession: '' }))}
            options={[
              { value: '', label: t('application.form.choose') },
              ...registers.items.map((r) => ({ value: r.id, label: r.name })),
            ]}
            error={errors.fields.registerId}
          />
          <SelectField
            id={ids.profession}
            name="profession"
            label={t('application.form.profession')}
            value={values.profession ?? ''}
            onChange={set('profession')}
            options={[
              { value: '', label: register ? t('application.form.choose') : t('application.form.chooseRegisterFirst') },
              ...(register?.professions ?? []).map((p) => ({ value: p, label: p })),
            ]}
            error={errors.fields.profession}
          />
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('application.form.nameLegend')}</FieldsetLegend>
          <Paragraph>{t('application.form.nameHelp')}</Paragraph>
          {field('initials', { help: t('application.form.initialsHelp') })}
          {field('infix', { help: t('application.form.infixHelp') })}
          {field('surname', { autoComplete: 'family-name' })}
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('application.form.workLegend')}</FieldsetLegend>
          <SelectField
            id={ids.employerOrganisationId}
            name="employerOrganisationId"
            label={t('application.form.employer')}
            value={selfEmployed ? '' : (values.employerOrganisationId ?? '')}
            onChange={set('employerOrganisationId')}
            options={[
              { value: '', label: t('application.form.chooseEmployer') },
              ...employers.map((e) => ({ value: e.id, label: e.city ? `${e.name} (${e.city})` : e.name })),
            ]}
            error={errors.fields.employerOrganisationId}
          />
          <CheckboxField
            id={ids.selfEmployed}
            name="selfEmployed"
            label={t('application.form.selfEmployed')}
            checked={selfEmployed}
            onChange={setSelfEmployed}
            error={errors.fields.selfEmployed}
          />
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t('application.form.educationLegend')}</FieldsetLegend>
          {field('educationInstitution', { help: t('application.form.educationInstitutionHelp') })}
          {field('educationProgramme')}
          <TextField
            id={ids.educationDate}
            name="educationDate"
            type="date"
            label={t('application.form.educationDate')}
            description={t('application.form.educationDateHelp')}
            value={values.educationDate ?? ''}
            onChange={set('educationDate')}
            error={errors.fields.educationDate}
            required
          />
          <FileField
            id={ids.diploma}
            name="diploma"
            label={t('application.form.diploma')}
            description={t('application.form.fileHint')}
            error={errors.fields.diploma}
            required
            onChange={setFile}
          />
        </Fieldset>
        <CheckboxField
          id={ids.acceptCode}
          name="acceptCode"
          label={t('application.form.acceptCode')}
          description={
            <AppLink to={CODE_PATH} target="_blank">
              {t('application.form.readCode', { version: registers.professionalCode.version })}
            </AppLink>
          }
          checked={acceptCode}
          onChange={setAcceptCode}
          error={errors.fields.acceptCode}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('application.form.submit')}
        </Button>
      </form>
    </>
  )
}
