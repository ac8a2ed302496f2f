import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api.ts'
import { type RemovalRequest, registrationsApi } from '../api/registrations-api.ts'
import { formatDate } from '../registrations.rules.ts'

/**
 * A removal request waiting for a second member of the register office: another member confirms it, any member
 * may withdraw it. A refusal (e.g. confirming one's own request, or a request already handled) is shown in Dutch.
 */
export function PendingRemoval({
  registrationId,
  request,
  canConfirm,
  canCancel,
  onDone,
}: {
  registrationId: string
  request: RemovalRequest
  canConfirm: boolean
  canCancel: boolean
  onDone: (notice: string) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  async function run(action: () => Promise<unknown>, notice: string) {
    setBusy(true)
    setFailure(null)
    try {
      await action()
      await onDone(notice)
    } catch (error) {
      setFailure(error instanceof ApiError && error.detail ? error.detail : t('form.errors.unknown'))
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="pending-removal" className="vr-pending-removal">
      <Alert type="warning">
        <Heading level={3} id="pending-removal">
          {t('registrations.pending.title')}
        </Heading>
        <DataList className="vr-data-list">
          <DataListItem>
            <DataListKey>{t('registrations.pending.requestedBy')}</DataListKey>
            <DataListValue>
              {t('registrations.pending.requestedByValue', {
                name: request.requestedBy,
                date: formatDate(request.requestedAt, i18n.language),
              })}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('registrations.fields.effectiveDate')}</DataListKey>
            <DataListValue>{formatDate(request.effectiveDate, i18n.language)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('registrations.fields.publicUntil')}</DataListKey>
            <DataListValue>{formatDate(request.publicUntil, i18n.language)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('registrations.fields.reason')}</DataListKey>
            <DataListValue>{request.reason}</DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph>
          {canConfirm ? t('registrations.pending.confirmIntro') : t('registrations.pending.waitIntro')}
        </Paragraph>
      </Alert>
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <ButtonGroup className="vr-actions">
        {canConfirm && (
          <Button
            type="button"
            appearance="primary-action-button"
            busy={busy}
            onClick={() =>
              run(
                () => registrationsApi.confirmRemoval(registrationId, request.id),
                t('registrations.notices.removalConfirmed'),
              )
            }
          >
            {t('registrations.pending.confirm')}
          </Button>
        )}
        {canCancel && (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={busy}
            onClick={() =>
              run(
                () => registrationsApi.cancelRemoval(registrationId, request.id),
                t('registrations.notices.removalCancelled'),
              )
            }
          >
            {t('registrations.pending.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  )
}
