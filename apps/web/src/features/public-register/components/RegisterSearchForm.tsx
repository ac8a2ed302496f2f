import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { type FieldErrors, type FormErrorState, useFormErrors } from '../../../lib/form.ts'
import {
  normalizeRegistrationNumber,
  type Problem,
  type RegisterSearch,
  type SearchMode,
  validateSearch,
} from '../public-register.rules.ts'
import { problemText } from './problem-text.ts'

export const SEARCH_FIELD_IDS = {
  surname: 'search-surname',
  initials: 'search-initials',
  registrationNumber: 'search-number',
}
const MODES: SearchMode[] = ['name', 'number']
const FIELDS_OF: Record<SearchMode, readonly string[]> = {
  name: ['surname', 'initials'],
  number: ['registrationNumber'],
}

/**
 * Search by surname (+ initials) or by registration number. Checks the obvious before asking; the API's field errors
 * (and a 429) come in as `apiProblem`, with `apiAttempt` growing per failed answer so the summary takes focus again.
 */
export function RegisterSearchForm({
  initial,
  onSearch,
  apiProblem,
  apiAttempt,
}: {
  initial: RegisterSearch
  onSearch: (search: RegisterSearch) => void
  apiProblem: Problem | null
  apiAttempt: number
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const { errors: clientErrors, fail, clear } = useFormErrors()
  const set = (name: keyof RegisterSearch) => (value: string) => setValues((v) => ({ ...v, [name]: value }))

  const hasClientErrors = Object.keys(clientErrors.fields).length > 0
  // Only errors of the fields on screen (after switching between name and number, the others are gone).
  const shown = (fields: FieldErrors) =>
    Object.fromEntries(Object.entries(fields).filter(([name]) => FIELDS_OF[values.mode].includes(name)))
  const errors: FormErrorState = hasClientErrors
    ? { ...clientErrors, fields: shown(clientErrors.fields), attempt: clientErrors.attempt + apiAttempt }
    : {
        fields: shown(apiProblem?.fields ?? {}),
        general: problemText(apiProblem?.general ?? null, t, 'search'),
        attempt: clientErrors.attempt + apiAttempt,
      }

  function submit(event: FormEvent) {
    event.preventDefault()
    const found = validateSearch(values)
    if (Object.keys(found).length > 0) {
      const fields: FieldErrors = {}
      for (const [name, key] of Object.entries(found)) fields[name] = t(`publicRegister.search.errors.${key}`)
      return fail(fields)
    }
    clear()
    onSearch(
      values.mode === 'number'
        ? { ...values, registrationNumber: normalizeRegistrationNumber(values.registrationNumber) }
        : values,
    )
  }

  return (
    <search className="vr-filters vr-public-search" aria-label={t('publicRegister.search.label')}>
      <ErrorSummary errors={errors} fieldIds={SEARCH_FIELD_IDS} id="search-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <Fieldset className="vr-search-mode">
          <FieldsetLegend>{t('publicRegister.search.modeLegend')}</FieldsetLegend>
          <div className="vr-search-mode__options">
            {MODES.map((mode) => (
              <FormField
                key={mode}
                type="radio"
                label={
                  <FormLabel htmlFor={`search-mode-${mode}`} type="radio">
                    {t(mode === 'name' ? 'publicRegister.search.modeName' : 'publicRegister.search.modeNumber')}
                  </FormLabel>
                }
                input={
                  <RadioButton
                    id={`search-mode-${mode}`}
                    name="mode"
                    value={mode}
                    checked={values.mode === mode}
                    onChange={() => {
                      clear()
                      setValues((v) => ({ ...v, mode }))
                    }}
                  />
                }
              />
            ))}
          </div>
        </Fieldset>
        {values.mode === 'name' ? (
          <div className="vr-public-search__fields">
            <TextField
              id={SEARCH_FIELD_IDS.surname}
              name="achternaam"
              type="search"
              label={t('publicRegister.search.surname')}
              description={t('publicRegister.search.surnameHelp')}
              autoComplete="off"
              spellCheck={false}
              value={values.surname}
              onChange={set('surname')}
              error={errors.fields.surname}
              required
            />
            <TextField
              id={SEARCH_FIELD_IDS.initials}
              name="voorletters"
              label={t('publicRegister.search.initials')}
              description={t('publicRegister.search.initialsHelp')}
              autoComplete="off"
              spellCheck={false}
              value={values.initials}
              onChange={set('initials')}
              error={errors.fields.initials}
            />
          </div>
        ) : (
          <TextField
            id={SEARCH_FIELD_IDS.registrationNumber}
            name="nummer"
            type="search"
            label={t('publicRegister.search.number')}
            description={t('publicRegister.search.numberHelp')}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={values.registrationNumber}
            onChange={set('registrationNumber')}
            error={errors.fields.registrationNumber}
            required
          />
        )}
        <Button type="submit" appearance="primary-action-button">
          {t('publicRegister.search.submit')}
        </Button>
      </form>
    </search>
  )
}
