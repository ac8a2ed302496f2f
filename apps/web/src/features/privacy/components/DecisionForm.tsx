import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { TextAreaField } from '../../../components/TextAreaField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { type OfficeDataRequest, privacyApi } from '../api/privacy-api.ts'

/** The register office completes or declines one request, with an answer for the person. */
export function DecisionForm({
  request,
  onDone,
}: {
  request: OfficeDataRequest
  onDone: (r: OfficeDataRequest) => void
}) {
  const { t } = useTranslation()
  const [decision, setDecision] = useState<'completed' | 'declined'>('completed')
  const [resolution, setResolution] = useState('')
  const [busy, setBusy] = useState(false)
  const { errors, clear, fail, failFromApi } = useFormErrors()
  const id = `decide-${request.id}`

  async function submit(event: FormEvent) {
    event.preventDefault()
    clear()
    if (!resolution.trim()) {
      fail({ resolution: t('privacy.office.resolutionRequired') })
      return
    }
    setBusy(true)
    try {
      onDone(await privacyApi.decide(request.id, { decision, resolution }))
    } catch (error) {
      failFromApi(error, t('common.loadFailed'), ['resolution', 'decision'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={submit} noValidate className="vr-form">
      <ErrorSummary
        id={`${id}-errors`}
        errors={errors}
        fieldIds={{ resolution: `${id}-resolution` }}
        headingLevel={3}
      />
      {request.kind === 'erasure' && <Paragraph>{t('privacy.office.erasureWarning')}</Paragraph>}
      <Fieldset>
        <FieldsetLegend>{t('privacy.office.decision')}</FieldsetLegend>
        {(['completed', 'declined'] as const).map((value) => (
          <FormField
            key={value}
            type="radio"
            label={
              <FormLabel htmlFor={`${id}-${value}`} type="radio">
                {t(`privacy.office.decisions.${request.kind}.${value}`)}
              </FormLabel>
            }
            input={
              <RadioButton
                id={`${id}-${value}`}
                name={`${id}-decision`}
                value={value}
                checked={decision === value}
                onChange={() => setDecision(value)}
              />
            }
          />
        ))}
      </Fieldset>
      <TextAreaField
        id={`${id}-resolution`}
        label={t('privacy.office.resolution')}
        description={t('privacy.office.resolutionHelp')}
        value={resolution}
        onChange={setResolution}
        error={errors.fields.resolution}
        rows={3}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('privacy.office.submit')}
      </Button>
    </form>
  )
}
