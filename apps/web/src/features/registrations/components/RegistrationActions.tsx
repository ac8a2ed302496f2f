import { Heading } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { type RegistrationDetail, registrationsApi } from '../api/registrations-api.ts'
import { formatDate, todayIso } from '../registrations.rules.ts'
import { ActionForm } from './ActionForm.tsx'
import { PendingRemoval } from './PendingRemoval.tsx'

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)

/**
 * The decisions the register office may take now (the API's `allowedActions`): each a form in a disclosure.
 * `onDone` gets the notice to show after a decision was saved.
 */
export function RegistrationActions({
  registration,
  onDone,
}: {
  registration: RegistrationDetail
  onDone: (notice: string) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const allowed = new Set(registration.allowedActions)
  const id = registration.id
  const today = todayIso()
  const label = (key: string) => t(`registrations.fields.${key}`)
  const effectiveDate = {
    name: 'effectiveDate',
    kind: 'date' as const,
    label: label('effectiveDate'),
    required: true,
    initial: today,
  }
  const reason = (required: boolean) => ({
    name: 'reason',
    kind: 'text' as const,
    label: required ? label('reason') : label('reasonOptional'),
    required,
  })
  const publicUntil = {
    name: 'publicUntil',
    kind: 'date' as const,
    label: label('publicUntil'),
    help: t('registrations.fields.publicUntilHelp'),
    required: true,
  }
  if (allowed.size === 0) return null

  return (
    <section aria-labelledby="registration-actions" className="vr-section">
      <Heading level={2} id="registration-actions">
        {t('registrations.actions.title')}
      </Heading>
      {registration.pendingRemoval && (
        <PendingRemoval
          registrationId={id}
          request={registration.pendingRemoval}
          canConfirm={allowed.has('confirm-removal')}
          canCancel={allowed.has('cancel-removal')}
          onDone={onDone}
        />
      )}
      {allowed.has('suspend') && (
        <ActionForm
          id="action-suspend"
          title={t('registrations.actions.suspend')}
          intro={t('registrations.actions.suspendIntro')}
          fields={[effectiveDate, reason(true), publicUntil]}
          submitLabel={t('registrations.actions.suspendSubmit')}
          onSubmit={async (v) => {
            await registrationsApi.changeStatus(id, {
              action: 'suspend',
              effectiveDate: v.effectiveDate,
              reason: v.reason,
              publicUntil: v.publicUntil,
            })
            await onDone(t('registrations.notices.suspended'))
          }}
        />
      )}
      {allowed.has('lift-suspension') && (
        <ActionForm
          id="action-lift"
          title={t('registrations.actions.lift')}
          fields={[effectiveDate, reason(false)]}
          submitLabel={t('registrations.actions.liftSubmit')}
          onSubmit={async (v) => {
            await registrationsApi.changeStatus(id, {
              action: 'lift-suspension',
              effectiveDate: v.effectiveDate,
              reason: optional(v.reason),
            })
            await onDone(t('registrations.notices.lifted'))
          }}
        />
      )}
      {allowed.has('lapse') && (
        <ActionForm
          id="action-lapse"
          title={t('registrations.actions.lapse')}
          intro={t('registrations.actions.lapseIntro')}
          fields={[effectiveDate, reason(true)]}
          submitLabel={t('registrations.actions.lapseSubmit')}
          onSubmit={async (v) => {
            await registrationsApi.changeStatus(id, {
              action: 'lapse',
              effectiveDate: v.effectiveDate,
              reason: v.reason,
            })
            await onDone(t('registrations.notices.lapsed'))
          }}
        />
      )}
      {allowed.has('request-removal') && (
        <ActionForm
          id="action-removal"
          title={t('registrations.actions.removal')}
          intro={t('registrations.actions.removalIntro')}
          fields={[effectiveDate, reason(true), publicUntil]}
          submitLabel={t('registrations.actions.removalSubmit')}
          onSubmit={async (v) => {
            await registrationsApi.requestRemoval(id, {
              effectiveDate: v.effectiveDate,
              reason: v.reason ?? '',
              publicUntil: v.publicUntil ?? '',
            })
            await onDone(t('registrations.notices.removalRequested'))
          }}
        />
      )}
      {allowed.has('postpone') && registration.currentCycle && (
        <ActionForm
          id="action-postpone"
          title={t('registrations.actions.postpone')}
          intro={t('registrations.actions.postponeIntro', {
            date: formatDate(registration.currentCycle.effectiveEnd, i18n.language),
          })}
          fields={[
            { name: 'postponedUntil', kind: 'date', label: label('postponedUntil'), required: true },
            reason(true),
          ]}
          submitLabel={t('registrations.actions.postponeSubmit')}
          onSubmit={async (v) => {
            await registrationsApi.decideCycle(id, {
              kind: 'postponement',
              postponedUntil: v.postponedUntil,
              reason: v.reason ?? '',
            })
            await onDone(t('registrations.notices.postponed'))
          }}
        />
      )}
      {allowed.has('hardship') && (
        <ActionForm
          id="action-hardship"
          title={t('registrations.actions.hardship')}
          intro={t('registrations.actions.hardshipIntro')}
          fields={[reason(true), { name: 'outcome', kind: 'text', label: label('outcome'), required: true }]}
          submitLabel={t('registrations.actions.hardshipSubmit')}
          onSubmit={async (v) => {
            await registrationsApi.decideCycle(id, { kind: 'hardship', reason: v.reason ?? '', outcome: v.outcome })
            await onDone(t('registrations.notices.hardship'))
          }}
        />
      )}
    </section>
  )
}
