import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textarea,
} from '@utrecht/component-library-react'

/** The professions of a register, one per line: label, help and error above the textarea, aria wiring. */
export function ProfessionsField({
  id,
  label,
  description,
  value,
  onChange,
  error,
}: {
  id: string
  label: string
  description: string
  value: string
  onChange: (value: string) => void
  error?: string
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
        <Textarea
          id={id}
          name="professions"
          value={value}
          rows={8}
          required
          invalid={!!error}
          aria-invalid={error ? true : undefined}
          aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ')}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      }
    />
  )
}

/** The lines of the textarea as professions: trimmed, empty lines left out. */
export function professionsFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
