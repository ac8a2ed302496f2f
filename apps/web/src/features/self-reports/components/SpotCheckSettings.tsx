import { useQueryClient } from '@tanstack/react-query'
import { Button, Heading, Paragraph } from '@utrecht/component-library-react'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { useFormErrors } from '../../../lib/form.ts'
import { type PointsSetting, SELF_REPORTS_KEY, selfReportsApi, usePointsSettings } from '../api/self-reports-api.ts'

function SettingForm({ setting }: { setting: PointsSetting }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [value, setValue] = useState(String(setting.spotCheckPercent))
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const id = `spot-check-percent-${setting.registerId}`
  const { errors, fail, failFromApi, clear } = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setSaved(false)
    const percent = Number(value)
    if (!/^\d{1,3}$/.test(value.trim()) || percent > 100)
      return fail({ spotCheckPercent: t('selfReports.settings.invalid') })
    setBusy(true)
    try {
      await selfReportsApi.updateSetting(setting.registerId, percent)
      await queryClient.invalidateQueries({ queryKey: [...SELF_REPORTS_KEY, 'settings'] })
      clear()
      setSaved(true)
    } catch (error) {
      failFromApi(error, t('form.errors.unknown'), ['spotCheckPercent'])
    } finally {
      setBusy(false)
    }
  }

  return (
    <form noValidate onSubmit={submit} className="vr-form" aria-label={setting.registerName}>
      <ErrorSummary errors={errors} fieldIds={{ spotCheckPercent: id }} headingLevel={3} id={`${id}-errors`} />
      {saved && <Notice>{t('selfReports.settings.saved', { register: setting.registerName, percent: value })}</Notice>}
      <TextField
        id={id}
        name="spotCheckPercent"
        inputMode="numeric"
        label={t('selfReports.settings.label', { register: setting.registerName })}
        description={t('selfReports.settings.help')}
        value={value}
        onChange={setValue}
        error={errors.fields.spotCheckPercent}
        required
      />
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {t('selfReports.settings.save')}
      </Button>
    </form>
  )
}

/** Per register: the share of approved activities drawn for the spot check. */
export function SpotCheckSettings() {
  const { t } = useTranslation()
  const query = usePointsSettings()
  return (
    <section aria-labelledby="spot-check-settings" className="vr-section">
      <Heading level={2} id="spot-check-settings">
        {t('selfReports.settings.title')}
      </Heading>
      <Paragraph>{t('selfReports.settings.intro')}</Paragraph>
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        query.data.items.map((s) => <SettingForm key={s.registerId} setting={s} />)
      )}
    </section>
  )
}
