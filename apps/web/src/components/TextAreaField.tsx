import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react'
import type { ReactNode, TextareaHTMLAttributes } from 'react'

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> {
  /** The textarea's id; the error summary links to `#id`. */
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  description?: ReactNode
  error?: string
}

/** A multi-line text field, laid out like TextField: label, help, the error above the input, aria wiring. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? (
          <FormFieldDescription id={descriptionId}>
            {typeof description === 'string' ? <Paragraph>{description}</Paragraph> : description}
          </FormFieldDescription>
        ) : undefined
      }
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Textarea
          {...textarea}
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
