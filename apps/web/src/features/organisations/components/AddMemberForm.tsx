import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { adminApi, MEMBERSHIP_ROLES, type MembershipRole, type OrganisationMembership } from '../../../lib/api.ts'
import { isEmail, useFormErrors } from '../../../lib/form.ts'

const FIELD_IDS = { email: 'member-email', role: 'member-role' }

/** Adds an existing account to the organisation with a role (POST /organisations/{id}/memberships). */
export function AddMemberForm({
  organisationId,
  onAdded,
}: {
  organisationId: string
  onAdded: (membership: OrganisationMembership) => void
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState<{ email: string; role: MembershipRole }>({ email: '', role: 'member' })
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!isEmail(values.email)) return fail({ email: t('form.errors.email') })
    setBusy(true)
    try {
      const membership = await adminApi.addMembership(organisationId, { email: values.email.trim(), role: values.role })
      clear()
      setValues((v) => ({ ...v, email: '' }))
      onAdded(membership)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), Object.keys(FIELD_IDS))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="member-add" className="vr-section">
      <Heading level={2} id="member-add">
        {t('organisation.add.title')}
      </Heading>
      <Paragraph>{t('organisation.add.intro')}</Paragraph>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} headingLevel={3} id="member-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <TextField
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label={t('organisation.add.email')}
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors.fields.email}
          required
        />
        <SelectField
          id={FIELD_IDS.role}
          name="role"
          label={t('organisation.add.role')}
          value={values.role}
          onChange={(role) => setValues((v) => ({ ...v, role: role as MembershipRole }))}
          error={errors.fields.role}
          options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('organisation.add.submit')}
        </Button>
      </form>
    </section>
  )
}
