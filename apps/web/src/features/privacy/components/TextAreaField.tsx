import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react'

/** A multi-line text field laid out like TextField: label, help, the error above the input, aria wiring. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  rows = 4,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  description?: string
  error?: string
  rows?: number
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
          value={value}
          rows={rows}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      }
    />
  )
}
