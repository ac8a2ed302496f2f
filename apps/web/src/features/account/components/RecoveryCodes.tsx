import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** The recovery codes, shown once: the user must store them now. */
export function RecoveryCodes({ codes, headingLevel = 2 }: { codes: string[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)

  async function copy() {
    try {
      await navigator.clipboard.writeText(codes.join('\n'))
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <div className="vr-recovery">
      <Heading level={headingLevel}>{t('recovery.title')}</Heading>
      <Alert type="warning">
        <Paragraph>{t('recovery.warning')}</Paragraph>
      </Alert>
      <ol className="vr-recovery__codes" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code translate="no">{code}</code>
          </li>
        ))}
      </ol>
      <Button appearance="secondary-action-button" onClick={copy}>
        {t('recovery.copy')}
      </Button>
      <p role="status" className="vr-status-line">
        {copied ? t('recovery.copied') : ''}
      </p>
    </div>
  )
}
