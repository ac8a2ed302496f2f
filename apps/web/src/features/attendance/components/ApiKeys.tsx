import { useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { ApiError } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { type ApiKey, apiKeysKey, attendanceApi, useApiKeys } from '../api/attendance-api.ts'

const NAME = 'api-key-name'

/** Create a key (shown once), list the keys, revoke one. */
export function ApiKeys({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const query = useApiKeys(organisationId)
  const [name, setName] = useState('')
  const [created, setCreated] = useState<(ApiKey & { key: string }) | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [revokeError, setRevokeError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors({ name: NAME })

  async function create(event: FormEvent) {
    event.preventDefault()
    clear()
    setMessage(null)
    if (name.trim() === '') {
      fail({ [NAME]: t('attendance.apiKeys.nameRequired') })
      return
    }
    setBusy(true)
    try {
      setCreated(await attendanceApi.createKey(organisationId, name.trim()))
      setName('')
      await queryClient.invalidateQueries({ queryKey: apiKeysKey(organisationId) })
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), [NAME])
    } finally {
      setBusy(false)
    }
  }

  async function revoke(key: ApiKey) {
    setRevokeError(null)
    setMessage(null)
    setBusy(true)
    try {
      await attendanceApi.revokeKey(organisationId, key.id)
      setMessage(t('attendance.apiKeys.revoked', { name: key.name }))
      await queryClient.invalidateQueries({ queryKey: apiKeysKey(organisationId) })
    } catch (error) {
      setRevokeError(error instanceof ApiError && error.detail ? error.detail : t('common.loadFailed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <section aria-labelledby="new-key-heading" className="vr-section">
        <Heading level={2} id="new-key-heading">
          {t('attendance.apiKeys.newTitle')}
        </Heading>
        <form onSubmit={create} noValidate className="vr-form" aria-labelledby="new-key-heading">
          <ErrorSummary errors={errors} fieldIds={{ [NAME]: NAME }} id="key-errors" />
          <TextField
            id={NAME}
            label={t('attendance.apiKeys.name')}
            description={t('attendance.apiKeys.nameHelp')}
            value={name}
            onChange={setName}
            error={errors.fields[NAME]}
            maxLength={100}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('attendance.apiKeys.create')}
          </Button>
        </form>
        {created && (
          <Notice type="warning">
            <Paragraph>{t('attendance.apiKeys.createdOnce', { name: created.name })}</Paragraph>
            <Paragraph>
              <code className="vr-code">{created.key}</code>
            </Paragraph>
            <Paragraph>{t('attendance.apiKeys.howTo')}</Paragraph>
          </Notice>
        )}
      </section>
      <section aria-labelledby="keys-heading" className="vr-section">
        <Heading level={2} id="keys-heading">
          {t('attendance.apiKeys.listTitle')}
        </Heading>
        {message && (
          <Notice>
            <Paragraph>{message}</Paragraph>
          </Notice>
        )}
        {revokeError && (
          <Alert type="error" role="alert">
            <Paragraph>{revokeError}</Paragraph>
          </Alert>
        )}
        {query.isPending ? (
          <Loading />
        ) : query.error || !query.data ? (
          <LoadError error={query.error} />
        ) : query.data.items.length === 0 ? (
          <Paragraph>{t('attendance.apiKeys.none')}</Paragraph>
        ) : (
          <DataTable
            id="api-keys"
            caption={t('attendance.apiKeys.caption', { count: query.data.total })}
            columns={[
              t('attendance.apiKeys.columns.name'),
              t('attendance.apiKeys.columns.prefix'),
              t('attendance.apiKeys.columns.created'),
              t('attendance.apiKeys.columns.lastUsed'),
              t('attendance.apiKeys.columns.action'),
            ]}
          >
            {query.data.items.map((key) => (
              <TableRow key={key.id}>
                <TableCell>{key.name}</TableCell>
                <TableCell>
                  <code>{key.prefix}…</code>
                </TableCell>
                <TableCell>{formatDateTime(key.createdAt, i18n.language)}</TableCell>
                <TableCell>
                  {key.lastUsedAt ? formatDateTime(key.lastUsedAt, i18n.language) : t('attendance.apiKeys.neverUsed')}
                </TableCell>
                <TableCell>
                  {key.revokedAt ? (
                    t('attendance.apiKeys.revokedOn', { date: formatDateTime(key.revokedAt, i18n.language) })
                  ) : (
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      disabled={busy}
                      onClick={() => revoke(key)}
                    >
                      {t('attendance.apiKeys.revoke', { name: key.name })}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </section>
    </>
  )
}
