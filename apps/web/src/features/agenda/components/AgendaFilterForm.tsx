import { Button, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { AGENDA_PATH, type AgendaFilters, agendaHref, checkFilters, PARAMS } from '../agenda.rules.ts'
import { EVENT_TYPES, PROVINCES } from '../api/agenda-api.ts'

const FIELD_IDS = { minPoints: 'agenda-minPoints', to: 'agenda-to' }

/**
 * The agenda's search form. It is a GET form on /agenda whose field names are the URL's parameters, so the search
 * lives in the address (shareable, the back button works); with script the app checks the points and dates first and
 * goes to the same address without reloading.
 */
export function AgendaFilterForm({ initial, onSearch }: { initial: AgendaFilters; onSearch: (href: string) => void }) {
  const { t } = useTranslation()
  const [values, setValues] = useState(initial)
  const { errors, fail, clear } = useFormErrors()
  const set = (field: keyof AgendaFilters) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const month = values.view === 'maand'

  function submit(event: FormEvent) {
    event.preventDefault()
    const problems = checkFilters(values)
    if (Object.keys(problems).length > 0) {
      fail(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])))
      return
    }
    clear()
    onSearch(agendaHref({ ...values, q: values.q.trim(), minPoints: values.minPoints.trim(), page: 1 }))
  }

  const text = (name: 'q' | 'minPoints' | 'from' | 'to', type = 'text', extra: object = {}) => (
    <TextField
      id={`agenda-${name}`}
      name={PARAMS[name]}
      type={type}
      label={t(`agenda.filters.${name}`)}
      value={values[name]}
      onChange={set(name)}
      error={errors.fields[name]}
      autoComplete="off"
      {...extra}
    />
  )
  const all = { value: '', label: t('agenda.filters.all') }

  return (
    <search className="vr-filters" aria-label={t('agenda.filters.label')}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} id="agenda-filter-errors" />
      <form method="get" action={AGENDA_PATH} noValidate onSubmit={submit} className="vr-form vr-filters__form">
        {text('q', 'search', { description: t('agenda.filters.qHelp') })}
        <SelectField
          id="agenda-type"
          name={PARAMS.type}
          label={t('agenda.filters.type')}
          value={values.type}
          onChange={set('type')}
          options={[all, ...EVENT_TYPES.map((type) => ({ value: type, label: t(`agenda.types.${type}`) }))]}
        />
        <SelectField
          id="agenda-province"
          name={PARAMS.province}
          label={t('agenda.filters.province')}
          value={values.province}
          onChange={set('province')}
          options={[all, ...PROVINCES.map((p) => ({ value: p, label: p }))]}
        />
        <SelectField
          id="agenda-place"
          name={PARAMS.place}
          label={t('agenda.filters.place')}
          value={values.place}
          onChange={set('place')}
          options={[
            { value: '', label: t('agenda.filters.anywhere') },
            { value: 'online', label: t('agenda.filters.onlyOnline') },
            { value: 'locatie', label: t('agenda.filters.onlyLocation') },
          ]}
        />
        <SelectField
          id="agenda-accredited"
          name={PARAMS.accredited}
          label={t('agenda.filters.accredited')}
          value={values.accredited}
          onChange={set('accredited')}
          options={[
            all,
            { value: 'ja', label: t('agenda.filters.withPoints') },
            { value: 'nee', label: t('agenda.filters.withoutPoints') },
          ]}
        />
        {text('minPoints', 'text', { inputMode: 'decimal' })}
        {!month && text('from', 'date')}
        {!month && text('to', 'date')}
        {month && (
          <>
            <input type="hidden" name={PARAMS.view} value="maand" />
            <input type="hidden" name={PARAMS.month} value={values.month} />
          </>
        )}
        <Button type="submit" appearance="primary-action-button">
          {t('agenda.filters.submit')}
        </Button>
      </form>
      {month && <Paragraph className="vr-muted">{t('agenda.month.dateHelp')}</Paragraph>}
      <Paragraph>
        <AppLink to={month ? `${AGENDA_PATH}?${PARAMS.view}=maand&${PARAMS.month}=${initial.month}` : AGENDA_PATH}>
          {t('agenda.filters.clear')}
        </AppLink>
      </Paragraph>
    </search>
  )
}
