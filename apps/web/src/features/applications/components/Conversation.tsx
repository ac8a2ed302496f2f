import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { type ApplicationDetail, documentUrl } from '../api/applications-api.ts'
import { formatDate, formatSize } from '../applications.rules.ts'

/** The register office's questions and the applicant's answers, oldest first. */
export function Conversation({ messages }: { messages: ApplicationDetail['messages'] }) {
  const { t, i18n } = useTranslation()
  return (
    <section aria-labelledby="application-messages" className="vr-section">
      <Heading level={2} id="application-messages">
        {t('application.messages.title')}
      </Heading>
      {messages.length === 0 ? (
        <Paragraph>{t('application.messages.none')}</Paragraph>
      ) : (
        <ol className="vr-conversation">
          {messages.map((m) => (
            <li key={m.id} className={`vr-conversation__item vr-conversation__item--${m.kind}`}>
              <Heading level={3} className="vr-conversation__heading">
                {t(`application.messages.${m.kind}`, { date: formatDate(m.createdAt, i18n.language) })}
              </Heading>
              <Paragraph className="vr-conversation__body">{m.body}</Paragraph>
              {m.document && (
                <Paragraph>
                  <a className="utrecht-link utrecht-link--html-a" href={documentUrl(m.document.id)} download>
                    {t('application.facts.download', {
                      name: m.document.fileName,
                      size: formatSize(m.document.sizeBytes, i18n.language),
                    })}
                  </a>
                </Paragraph>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
