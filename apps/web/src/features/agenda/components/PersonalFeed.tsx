import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { agendaApi } from '../api/agenda-api.ts'

/**
 * The personal calendar feed: a secret link, shown only when made. Making one is a step to confirm, because a new
 * link makes the old one stop working (the API cannot say whether one exists, so the warning is always there).
 */
export function PersonalFeed() {
  const { t } = useTranslation()
  const [url, setUrl] = useState<string | null>(null)
  const [copied, setCopied] = useState<boolean | null>(null)

  async function copy() {
    if (!url) return
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <section aria-labelledby="agenda-personal-feed" className="vr-section">
      <Heading level={2} id="agenda-personal-feed">
        {t('agenda.personalFeed.title')}
      </Heading>
      <Paragraph>{t('agenda.personalFeed.intro')}</Paragraph>
      {url && (
        <div className="vr-agenda__feed">
          <Alert type="warning">
            <Paragraph>{t('agenda.personalFeed.warning')}</Paragraph>
          </Alert>
          <TextField
            id="agenda-feed-url"
            name="feedUrl"
            label={t('agenda.personalFeed.label')}
            value={url}
            onChange={() => {}}
            readOnly
            className="vr-agenda__feed-url"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button appearance="secondary-action-button" onClick={copy}>
            {t('agenda.personalFeed.copy')}
          </Button>
          <p role="status" className="vr-status-line">
            {copied === true
              ? t('agenda.personalFeed.copied')
              : copied === false
                ? t('agenda.personalFeed.copyFailed')
                : ''}
          </p>
        </div>
      )}
      <DecisionForm
        id="agenda-new-feed"
        title={t('agenda.personalFeed.make')}
        intro={t('agenda.personalFeed.makeIntro')}
        confirmLabel={t('agenda.personalFeed.makeConfirm')}
        onSubmit={async () => {
          const link = await agendaApi.createFeed()
          setCopied(null)
          setUrl(link.url)
          // The new link takes focus, so it is read out and ready to copy.
          requestAnimationFrame(() => document.getElementById('agenda-feed-url')?.focus())
        }}
      />
    </section>
  )
}
