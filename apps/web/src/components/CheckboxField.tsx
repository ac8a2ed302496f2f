import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

/** One checkbox with its label, optional help and an error message (linked from the error summary by `id`). */
export function CheckboxField({
  id,
  name,
  label,
  description,
  checked,
  onChange,
  error,
}: {
  id: string
  name: string
  label: ReactNode
  description?: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  error?: string
}) {
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <FormField
      type="checkbox"
      invalid={!!error}
      label={
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      }
      description={
        description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined
      }
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Checkbox
          id={id}
          name={name}
          checked={checked}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
      }
    />
  )
}
