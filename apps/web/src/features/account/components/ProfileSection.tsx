import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { isLocale } from '../../../i18n/index.ts'
import { api, type Locale, type Me } from '../../../lib/api.ts'
import { type FieldErrors, useFormErrors } from '../../../lib/form.ts'
import { useSetMe } from '../../../lib/session.ts'

const FIELD_IDS = { givenName: 'profile-given-name', familyName: 'profile-family-name', locale: 'profile-locale' }

export function ProfileSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation()
  const setMe = useSetMe()
  const [values, setValues] = useState({ givenName: me.givenName, familyName: me.familyName, locale: me.locale })
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setSaved(false)
    const found: FieldErrors = {}
    if (!values.givenName.trim()) found.givenName = t('signUp.errors.givenName')
    if (!values.familyName.trim()) found.familyName = t('signUp.errors.familyName')
    if (Object.keys(found).length > 0) return fail(found)
    setBusy(true)
    try {
      const next = await api.updateMe({
        givenName: values.givenName.trim(),
        familyName: values.familyName.trim(),
        locale: values.locale,
      })
      clear()
      setMe(next)
      if (next.locale !== i18n.language) await i18n.changeLanguage(next.locale)
      setSaved(true)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(FIELD_IDS))
    } finally {
      setBusy(false)
    }
  }

  const roles = [
    ...me.staffRoles.map((role) => t(`roles.${role}`, { defaultValue: role })),
    ...me.memberships.map((m) => `${t(`roles.${m.role}`, { defaultValue: m.role })} — ${m.organisationName}`),
  ]

  return (
    <section aria-labelledby="profiel" className="vr-section">
      <Heading level={2} id="profiel" tabIndex={-1}>
        {t('account.profile.title')}
      </Heading>
      <DataList className="vr-data-list">
        <DataListItem>
          <DataListKey>{t('fields.email')}</DataListKey>
          <DataListValue>{me.email}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('account.profile.roles')}</DataListKey>
          <DataListValue>{roles.length > 0 ? roles.join(', ') : t('roles.professional')}</DataListValue>
        </DataListItem>
      </DataList>
      {saved && (
        <Notice>
          <Paragraph>{t('account.profile.saved')}</Paragraph>
        </Notice>
      )}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="profile-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id="profile-given-name"
          name="givenName"
          label={t('fields.givenName')}
          autoComplete="given-name"
          value={values.givenName}
          onChange={(givenName) => setValues((v) => ({ ...v, givenName }))}
          error={errors.fields.givenName}
          required
        />
        <TextField
          id="profile-family-name"
          name="familyName"
          label={t('fields.familyName')}
          autoComplete="family-name"
          value={values.familyName}
          onChange={(familyName) => setValues((v) => ({ ...v, familyName }))}
          error={errors.fields.familyName}
          required
        />
        <SelectField
          id="profile-locale"
          name="locale"
          label={t('fields.locale')}
          description={t('fields.localeHelp')}
          value={values.locale}
          onChange={(locale) => setValues((v) => ({ ...v, locale: isLocale(locale) ? locale : ('nl' as Locale) }))}
          options={[
            { value: 'nl', label: 'Nederlands', lang: 'nl' },
            { value: 'en', label: 'English', lang: 'en' },
          ]}
          error={errors.fields.locale}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('account.profile.submit')}
        </Button>
      </form>
    </section>
  )
}
