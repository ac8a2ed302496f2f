import { Button } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { STAFF_ROLES } from '../../../lib/api.ts'
import type { FieldErrors, FormErrorState } from '../../../lib/form.ts'
import type { UserFilters } from '../api/users-queries.ts'

const FIELD_IDS = { email: 'filter-email', staffRole: 'filter-role' }

/** Search accounts by (part of) the e-mail address and by staff role. */
export function UserFilterForm({
  initial,
  onApply,
  serverErrors,
}: {
  initial: UserFilters
  onApply: (filters: UserFilters) => void
  serverErrors?: FieldErrors
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const errors: FormErrorState = { fields: serverErrors ?? {}, general: null, attempt: 0 }

  function submit(event: FormEvent) {
    event.preventDefault()
    onApply({ ...values, email: values.email.trim(), page: 1 })
  }

  return (
    <search className="vr-filters" aria-label={t('users.filters.label')}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} id="filter-errors" />
      <form noValidate onSubmit={submit} className="vr-form vr-filters__form">
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="search"
          label={t('users.filters.email')}
          description={t('users.filters.emailHelp')}
          spellCheck={false}
          autoComplete="off"
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.fields.email}
        />
        <SelectField
          id={FIELD_IDS.staffRole}
          name="staffRole"
          label={t('users.filters.role')}
          value={values.staffRole}
          onChange={(staffRole) => setValues((v) => ({ ...v, staffRole }))}
          error={errors.fields.staffRole}
          options={[
            { value: '', label: t('users.filters.allRoles') },
            ...STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
          ]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('users.filters.apply')}
        </Button>
      </form>
    </search>
  )
}
