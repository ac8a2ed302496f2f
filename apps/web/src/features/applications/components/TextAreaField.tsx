import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/** A multi-line text field, laid out like TextField: label, help, error above the input, aria wiring. */
export function TextAreaField({
  id,
  name,
  label,
  value,
  onChange,
  description,
  error,
  required,
}: {
  id: string
  name: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  description?: string
  error?: string
  required?: boolean
}) {
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? (
          <FormFieldDescription id={descriptionId}>
            <Paragraph>{description}</Paragraph>
          </FormFieldDescription>
        ) : undefined
      }
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textarea
          id={id}
          name={name}
          value={value}
          rows={3}
          required={required}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      }
    />
  )
}
