import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormErrorState } from '../lib/form.ts'

export interface ErrorSummaryProps {
  errors: FormErrorState
  /** API field name → id of the input on this page (for the links). */
  fieldIds: Record<string, string>
  /** Heading level inside the page (the page's h1 comes first). */
  headingLevel?: 2 | 3
  /** Unique per page when a page has several forms. */
  id?: string
}

/**
 * The error summary at the top of a form. After every failed submit it takes focus, so screen reader users hear
 * what went wrong; each line links to its field.
 */
export function ErrorSummary({ errors, fieldIds, headingLevel = 2, id = 'error-summary' }: ErrorSummaryProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  const entries = Object.entries(errors.fields)
  const visible = entries.length > 0 || !!errors.general

  useEffect(() => {
    if (errors.attempt > 0 && visible) ref.current?.focus()
  }, [errors.attempt, visible])

  if (!visible) return null
  return (
    <section ref={ref} id={id} tabIndex={-1} className="vr-error-summary" aria-labelledby={`${id}-heading`}>
      <Alert type="error">
        <Heading level={headingLevel} id={`${id}-heading`} className="vr-error-summary__heading">
          {entries.length > 0 ? t('form.errorSummaryTitle', { count: entries.length }) : t('form.errorTitle')}
        </Heading>
        {errors.general && <Paragraph>{errors.general}</Paragraph>}
        {entries.length > 0 && (
          <UnorderedList className="vr-error-summary__list">
            {entries.map(([name, message]) => {
              const id = fieldIds[name]
              return (
                <UnorderedListItem key={name}>
                  {id ? (
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={`#${id}`}
                      onClick={(event) => {
                        event.preventDefault()
                        const field = document.getElementById(id)
                        field?.focus()
                        field?.scrollIntoView({ block: 'center' })
                      }}
                    >
                      {message}
                    </a>
                  ) : (
                    message
                  )}
                </UnorderedListItem>
              )
            })}
          </UnorderedList>
        )}
      </Alert>
    </section>
  )
}
