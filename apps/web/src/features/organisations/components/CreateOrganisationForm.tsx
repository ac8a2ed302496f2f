import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { adminApi, ORGANISATION_KINDS, type OrganisationKind } from '../../../lib/api.ts'
import { type FieldErrors, useFormErrors } from '../../../lib/form.ts'
import { ORGANISATIONS_QUERY_KEY } from '../api/organisations-queries.ts'
import { organisationPath } from './OrganisationsTable.tsx'

const FIELD_IDS = { name: 'organisation-name', kind: 'organisation-kind', city: 'organisation-city' }

/** Name, kind and city of a new organisation (POST /organisations); afterwards its page opens. */
export function CreateOrganisationForm() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [values, setValues] = useState({ name: '', kind: '', city: '' })
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi } = useFormErrors()
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found: FieldErrors = {}
    if (values.name.trim().length < 2) found.name = t('organisations.create.errors.name')
    if (!values.kind) found.kind = t('organisations.create.errors.kind')
    if (!values.city.trim()) found.city = t('organisations.create.errors.city')
    if (Object.keys(found).length > 0) return fail(found)
    setBusy(true)
    try {
      const created = await adminApi.createOrganisation({
        name: values.name.trim(),
        kind: values.kind as OrganisationKind,
        city: values.city.trim(),
      })
      await queryClient.invalidateQueries({ queryKey: ORGANISATIONS_QUERY_KEY })
      navigate(organisationPath(created.id), { state: { created: created.name } })
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(FIELD_IDS))
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="organisation-create" className="vr-section">
      <Heading level={2} id="organisation-create">
        {t('organisations.create.title')}
      </Heading>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="organisation-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id={FIELD_IDS.name}
          name="name"
          label={t('organisations.create.name')}
          description={t('organisations.create.nameHelp')}
          autoComplete="organization"
          value={values.name}
          onChange={set('name')}
          error={errors.fields.name}
          required
        />
        <SelectField
          id={FIELD_IDS.kind}
          name="kind"
          label={t('organisations.create.kind')}
          value={values.kind}
          onChange={set('kind')}
          error={errors.fields.kind}
          options={[
            { value: '', label: t('organisations.create.chooseKind') },
            ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`orgKinds.${kind}`) })),
          ]}
        />
        <TextField
          id={FIELD_IDS.city}
          name="city"
          label={t('organisations.create.city')}
          description={t('organisations.create.cityHelp')}
          autoComplete="address-level2"
          value={values.city}
          onChange={set('city')}
          error={errors.fields.city}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('organisations.create.submit')}
        </Button>
      </form>
    </section>
  )
}
