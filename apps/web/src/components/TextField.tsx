import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react'
import type { InputHTMLAttributes, ReactNode } from 'react'

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  /** The input's id; the error summary links to `#id`. */
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  description?: ReactNode
  error?: string
}

/**
 * A text field as the NL Design System describes it: label above the field, help text under the label, the error
 * message above the input, `aria-invalid` and `aria-describedby` pointing to help and error.
 */
export function TextField({ id, label, value, onChange, description, error, required, ...input }: TextFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined
  return (
    <FormField
      invalid={!!error}
      type="text"
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
        <Textbox
          {...input}
          id={id}
          value={value}
          required={required}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      }
    />
  )
}
