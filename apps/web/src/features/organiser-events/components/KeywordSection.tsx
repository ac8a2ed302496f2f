import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { organiserEventsApi, useKeyword } from '../api/organiser-events-api.ts'

/** The keyword of an online session: shown during the session; set one's own or let the register make one. */
export function KeywordSection({ organisationId, eventId }: { organisationId: string; eventId: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const query = useKeyword(organisationId, eventId, true)
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, fail, failFromApi, clear } = useFormErrors()

  async function save(keyword: string) {
    if (busy) return
    setBusy(true)
    try {
      const result = await organiserEventsApi.setKeyword(organisationId, eventId, keyword)
      queryClient.setQueryData(['organiser-events', 'keyword', eventId], result)
      setValue('')
      clear()
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['keyword'])
    }
    setBusy(false)
  }

  return (
    <section className="vr-section" aria-labelledby="keyword-heading">
      <Heading level={2} id="keyword-heading">
        {t('organiserEvents.keyword.heading')}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          <Paragraph role="status">
            {query.data.keyword
              ? t('organiserEvents.keyword.current', { keyword: query.data.keyword })
              : t('organiserEvents.keyword.none')}
          </Paragraph>
          <Paragraph>
            {t('organiserEvents.keyword.window', {
              opens: formatDateTime(query.data.opensAt, i18n.language),
              closes: formatDateTime(query.data.closesAt, i18n.language),
            })}
          </Paragraph>
        </>
      )}
      <ErrorSummary errors={errors} fieldIds={{ keyword: 'keyword' }} id="keyword-errors" />
      <form
        noValidate
        className="vr-form"
        aria-label={t('organiserEvents.keyword.heading')}
        onSubmit={(event: FormEvent) => {
          event.preventDefault()
          if (!value.trim()) return fail({ keyword: t('organiserEvents.keyword.required') })
          void save(value.trim())
        }}
      >
        <TextField
          id="keyword"
          name="keyword"
          label={t('organiserEvents.keyword.label')}
          description={t('organiserEvents.keyword.help')}
          value={value}
          onChange={setValue}
          error={errors.fields.keyword}
          autoComplete="off"
        />
        <div className="vr-organiser-events__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('organiserEvents.keyword.save')}
          </Button>
          <Button appearance="secondary-action-button" busy={busy} onClick={() => void save('')}>
            {t('organiserEvents.keyword.generate')}
          </Button>
        </div>
      </form>
    </section>
  )
}
