import { Button } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { REGISTRATION_STATUSES } from '../api/registrations-api.ts'
import type { SearchState } from '../registrations.rules.ts'

/** Search by (part of) the number, surname (tussenvoegsels and accents do not matter) and status. */
export function RegistrationSearchForm({
  initial,
  onSearch,
}: {
  initial: SearchState
  onSearch: (state: SearchState) => void
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const set = (field: 'registrationNumber' | 'surname' | 'status') => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }))
  function submit(event: FormEvent) {
    event.preventDefault()
    onSearch({ ...values, page: 1 })
  }
  return (
    <search className="vr-filters" aria-label={t('registrations.search.label')}>
      <form noValidate onSubmit={submit} className="vr-form vr-filters__form">
        <TextField
          id="search-number"
          name="registrationNumber"
          label={t('registrations.search.number')}
          value={values.registrationNumber}
          onChange={set('registrationNumber')}
          autoComplete="off"
        />
        <TextField
          id="search-surname"
          name="surname"
          label={t('registrations.search.surname')}
          value={values.surname}
          onChange={set('surname')}
          autoComplete="off"
        />
        <SelectField
          id="search-status"
          name="status"
          label={t('registrations.search.status')}
          value={values.status}
          onChange={set('status')}
          options={[
            { value: '', label: t('registrations.search.allStatuses') },
            ...REGISTRATION_STATUSES.map((value) => ({ value, label: t(`registrations.status.${value}`) })),
          ]}
        />
        <Button type="submit" appearance="primary-action-button">
          {t('registrations.search.submit')}
        </Button>
      </form>
    </search>
  )
}
