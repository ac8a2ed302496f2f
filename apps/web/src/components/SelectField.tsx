import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'

export interface SelectFieldProps {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string; lang?: string }[]
  description?: ReactNode
  error?: string
  name?: string
  autoComplete?: string
}

export function SelectField({ id, label, value, onChange, options, description, error, ...rest }: SelectFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined
  const errorId = error ? `${id}-error` : undefined
  return (
    <FormField
      invalid={!!error}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription> : undefined
      }
      errorMessage={error ? <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage> : undefined}
      input={
        <Select
          {...rest}
          id={id}
          value={value}
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      }
    />
  )
}
