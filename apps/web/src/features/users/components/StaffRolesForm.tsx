import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { type AdminUser, adminApi, STAFF_ROLES, type StaffRole } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { ME_QUERY_KEY } from '../../../lib/session.ts'
import { USERS_QUERY_KEY } from '../api/users-queries.ts'
import { fullName } from './UsersTable.tsx'

const FIELD_IDS = { staffRoles: `role-${STAFF_ROLES[0]}` }

/** The staff roles of one account as checkboxes; saving sends all ticked roles (PUT /users/{id}/staff-roles). */
export function StaffRolesForm({ user, onSaved }: { user: AdminUser; onSaved: (user: AdminUser) => void }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [roles, setRoles] = useState<string[]>(user.staffRoles)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const { errors, clear, failFromApi } = useFormErrors()
  const name = fullName(user)

  function toggle(role: StaffRole, on: boolean) {
    setRoles((current) => (on ? [...current.filter((r) => r !== role), role] : current.filter((r) => r !== role)))
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setSaved(null)
    setBusy(true)
    try {
      const staffRoles = STAFF_ROLES.filter((role) => roles.includes(role))
      const unchanged =
        staffRoles.length === user.staffRoles.length && staffRoles.every((r) => user.staffRoles.includes(r))
      const next = await adminApi.setStaffRoles(user.id, staffRoles)
      clear()
      onSaved(next)
      setSaved(unchanged ? t('userRoles.unchanged') : t('userRoles.saved', { name }))
      await queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY })
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY })
      noticeRef.current?.focus()
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['staffRoles'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {saved && (
        <div ref={noticeRef} tabIndex={-1} className="vr-focus-target">
          <Notice>
            <Paragraph>{saved}</Paragraph>
          </Notice>
        </div>
      )}
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} id="roles-errors" />
      <form noValidate onSubmit={submit} className="vr-form">
        <Fieldset
          invalid={!!errors.fields.staffRoles}
          aria-describedby={['roles-mfa-note', errors.fields.staffRoles ? 'roles-error' : ''].filter(Boolean).join(' ')}
        >
          <FieldsetLegend>{t('userRoles.legend')}</FieldsetLegend>
          <Paragraph id="roles-mfa-note">{t('userRoles.mfaNote')}</Paragraph>
          {!user.mfaEnabled && <Paragraph>{t('userRoles.mfaMissing', { name })}</Paragraph>}
          {errors.fields.staffRoles && (
            <Paragraph id="roles-error" className="utrecht-form-field-error-message">
              {errors.fields.staffRoles}
            </Paragraph>
          )}
          {STAFF_ROLES.map((role) => (
            <FormField
              key={role}
              type="checkbox"
              label={
                <FormLabel htmlFor={`role-${role}`} type="checkbox">
                  {t(`roles.${role}`)}
                </FormLabel>
              }
              description={
                <FormFieldDescription id={`role-${role}-help`}>{t(`userRoles.help.${role}`)}</FormFieldDescription>
              }
              input={
                <Checkbox
                  id={`role-${role}`}
                  name="staffRoles"
                  value={role}
                  checked={roles.includes(role)}
                  aria-describedby={`role-${role}-help`}
                  onChange={(event) => toggle(role, event.currentTarget.checked)}
                />
              }
            />
          ))}
        </Fieldset>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('userRoles.submit')}
        </Button>
      </form>
    </>
  )
}
