import { useQueryClient } from '@tanstack/react-query'
import { Button } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { REGISTERS_QUERY_KEY, type RegisterInput, type RegisterSettings, registersApi } from '../api/registers-api.ts'
import { ProfessionsField, professionsFromText } from './ProfessionsField.tsx'
import { REGISTERS_PATH } from './RegistersTable.tsx'

const FIELD_IDS = {
  name: 'register-name',
  slug: 'register-slug',
  numberPrefix: 'register-number-prefix',
  professions: 'register-professions',
  cycleYears: 'register-cycle-years',
}

/**
 * Adds a register (without `register`) or changes one. The API checks every field and answers with all problems at
 * once; only the cycle length is checked here first, because a non-number cannot be sent as one.
 * Afterwards the list of registers opens with a notice.
 */
export function RegisterForm({ register }: { register?: RegisterSettings }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [values, setValues] = useState({
    name: register?.name ?? '',
    slug: register?.slug ?? '',
    numberPrefix: register?.numberPrefix ?? '',
    professions: register?.professions.join('\n') ?? '',
    cycleYears: register ? String(register.cycleYears) : '5',
  })
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const prefixLocked = register?.numberPrefixLocked ?? false

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!/^\s*\d{1,2}\s*$/.test(values.cycleYears)) return fail({ cycleYears: t('registers.form.errors.cycleYears') })
    const input: RegisterInput = {
      name: values.name,
      slug: values.slug,
      numberPrefix: values.numberPrefix,
      professions: professionsFromText(values.professions),
      cycleYears: Number(values.cycleYears),
    }
    setBusy(true)
    try {
      const saved = register ? await registersApi.update(register.id, input) : await registersApi.create(input)
      await queryClient.invalidateQueries({ queryKey: REGISTERS_QUERY_KEY })
      const notice = t(register ? 'registers.saved.updated' : 'registers.saved.created', { name: saved.name })
      navigate(REGISTERS_PATH, { state: { notice } })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(FIELD_IDS))
      setBusy(false)
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} id="register-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id={FIELD_IDS.name}
          name="name"
          label={t('registers.form.name')}
          description={t('registers.form.nameHelp')}
          value={values.name}
          onChange={set('name')}
          error={errors.fields.name}
          required
        />
        <TextField
          id={FIELD_IDS.slug}
          name="slug"
          label={t('registers.form.slug')}
          description={t('registers.form.slugHelp')}
          value={values.slug}
          onChange={set('slug')}
          error={errors.fields.slug}
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id={FIELD_IDS.numberPrefix}
          name="numberPrefix"
          label={t('registers.form.numberPrefix')}
          description={t(prefixLocked ? 'registers.form.numberPrefixLocked' : 'registers.form.numberPrefixHelp')}
          value={values.numberPrefix}
          onChange={set('numberPrefix')}
          error={errors.fields.numberPrefix}
          readOnly={prefixLocked}
          autoCapitalize="characters"
          spellCheck={false}
          size={6}
          required
        />
        <ProfessionsField
          id={FIELD_IDS.professions}
          label={t('registers.form.professions')}
          description={t('registers.form.professionsHelp')}
          value={values.professions}
          onChange={set('professions')}
          error={errors.fields.professions}
        />
        <TextField
          id={FIELD_IDS.cycleYears}
          name="cycleYears"
          label={t('registers.form.cycleYears')}
          description={t(register ? 'registers.form.cycleYearsChangeHelp' : 'registers.form.cycleYearsHelp')}
          value={values.cycleYears}
          onChange={set('cycleYears')}
          error={errors.fields.cycleYears}
          inputMode="numeric"
          size={3}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t(register ? 'registers.form.save' : 'registers.form.create')}
        </Button>
      </form>
    </>
  )
}
