import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/** A file input laid out like TextField: label, help (accepted types and size), error above the input. */
export function FileField({
  id,
  name,
  label,
  description,
  error,
  required,
  onChange,
}: {
  id: string
  name: string
  label: ReactNode
  description: string
  error?: string
  required?: boolean
  onChange: (file: File | null) => void
}) {
  const descriptionId = `${id}-description`
  const errorId = error ? `${id}-error` : undefined
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        <FormFieldDescription id={descriptionId}>
          <Paragraph>{description}</Paragraph>
        </FormFieldDescription>
      }
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <input
          id={id}
          name={name}
          type="file"
          className="vr-file-input"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ')}
          onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        />
      }
    />
  )
}
