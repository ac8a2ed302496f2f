import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { Notice } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import { useFormErrors } from '../../../lib/form.ts'
import { useMe } from '../../../lib/session.ts'
import { employerApi, type InvitationResult, invitationsKey } from '../api/employer-api.ts'

const LIST_ID = 'invite-emails'
const FILE_ID = 'invite-file'

/** Invite staff with a list of addresses (one per line) or a CSV file; every bad line is reported, nobody is invited. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation()
  const { data: me } = useMe()
  const queryClient = useQueryClient()
  const [list, setList] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<InvitationResult | null>(null)
  const { errors, clear, fail } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    clear()
    setResult(null)
    if (!file && list.trim() === '') {
      fail({ emails: t('employer.invite.empty') })
      return
    }
    setBusy(true)
    try {
      const answer = file
        ? await employerApi.inviteCsv(organisationId, await file.text(), me?.session.csrfToken ?? '', i18n.language)
        : await employerApi.inviteList(organisationId, list.split(/\r?\n/))
      setResult(answer)
      setList('')
      setFile(null)
      if (fileRef.current) fileRef.current.value = ''
      await queryClient.invalidateQueries({ queryKey: invitationsKey(organisationId) })
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) {
        // one entry per bad line (emails.3 or csv.3); all point at the field that was sent
        fail(Object.fromEntries(error.errors.map((e) => [e.name, e.reason])), error.detail)
      } else {
        fail({}, error instanceof ApiError && error.detail ? error.detail : t('common.loadFailed'))
      }
    } finally {
      setBusy(false)
    }
  }

  const fieldIds: Record<string, string> = {}
  for (const name of Object.keys(errors.fields)) fieldIds[name] = name.startsWith('csv') ? FILE_ID : LIST_ID
  const listErrors = Object.entries(errors.fields).filter(([name]) => !name.startsWith('csv'))
  const fileErrors = Object.entries(errors.fields).filter(([name]) => name.startsWith('csv'))

  return (
    <form onSubmit={submit} noValidate className="vr-form" aria-labelledby="page-heading">
      <ErrorSummary errors={errors} fieldIds={fieldIds} />
      {result && (
        <div>
          <Notice>
            <Paragraph>{t('employer.invite.sent', { count: result.invited.length })}</Paragraph>
            {result.skipped.length > 0 && (
              <>
                <Paragraph>{t('employer.invite.skippedIntro')}</Paragraph>
                <UnorderedList>
                  {result.skipped.map((s) => (
                    <UnorderedListItem key={`${s.line}-${s.email}`}>
                      {t(`employer.invite.skipped.${s.reason}`, { email: s.email, line: s.line })}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </>
            )}
          </Notice>
        </div>
      )}
      <FormField
        invalid={listErrors.length > 0}
        label={<FormLabel htmlFor={LIST_ID}>{t('employer.invite.listLabel')}</FormLabel>}
        description={
          <FormFieldDescription id={`${LIST_ID}-help`}>
            <Paragraph>{t('employer.invite.listHelp')}</Paragraph>
          </FormFieldDescription>
        }
        errorMessage={
          listErrors.length > 0 ? (
            <FormFieldErrorMessage id={`${LIST_ID}-error`}>
              {listErrors.map(([, m]) => m).join(' ')}
            </FormFieldErrorMessage>
          ) : undefined
        }
        input={
          <Textarea
            id={LIST_ID}
            value={list}
            rows={6}
            invalid={listErrors.length > 0}
            aria-invalid={listErrors.length > 0 ? true : undefined}
            aria-describedby={[listErrors.length > 0 ? `${LIST_ID}-error` : '', `${LIST_ID}-help`]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => setList(event.currentTarget.value)}
          />
        }
      />
      <FormField
        invalid={fileErrors.length > 0}
        label={<FormLabel htmlFor={FILE_ID}>{t('employer.invite.fileLabel')}</FormLabel>}
        description={
          <FormFieldDescription id={`${FILE_ID}-help`}>
            <Paragraph>{t('employer.invite.fileHelp')}</Paragraph>
          </FormFieldDescription>
        }
        errorMessage={
          fileErrors.length > 0 ? (
            <FormFieldErrorMessage id={`${FILE_ID}-error`}>
              {fileErrors.map(([, m]) => m).join(' ')}
            </FormFieldErrorMessage>
          ) : undefined
        }
        input={
          <input
            ref={fileRef}
            id={FILE_ID}
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox utrecht-textbox--html-input"
            aria-invalid={fileErrors.length > 0 ? true : undefined}
            aria-describedby={[fileErrors.length > 0 ? `${FILE_ID}-error` : '', `${FILE_ID}-help`]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        }
      />
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('employer.invite.submit')}
      </Button>
    </form>
  )
}
