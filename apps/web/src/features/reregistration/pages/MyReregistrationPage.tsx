import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { SelectField } from '../../../components/SelectField.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { type Preview, useMyRegistrations, usePreview } from '../api/reregistration-api.ts'
import { LimitedTermForm } from '../components/LimitedTermForm.tsx'
import { NormCheckTable } from '../components/NormCheckTable.tsx'
import { PostponementForm } from '../components/PostponementForm.tsx'
import { RegularForm } from '../components/RegularForm.tsx'
import { RequestsTable } from '../components/RequestsTable.tsx'
import { chooseRegistration, dayAfter, formatDate, MY_PATH } from '../reregistration.rules.ts'

function Overview({ preview, onApplied }: { preview: Preview; onApplied: () => Promise<void> }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string) => formatDate(iso, i18n.language)
  const p = preview
  const kinds = p.allowedKinds
  return (
    <>
      <section aria-labelledby="period-title" className="vr-section">
        <Heading level={2} id="period-title">
          {t('reregistration.mine.periodTitle')}
        </Heading>
        <Paragraph>
          {t('reregistration.mine.period', {
            number: p.cycle.number,
            start: date(p.cycle.startDate),
            end: date(p.cycle.endDate),
          })}
        </Paragraph>
        <Paragraph>
          {t(`reregistration.mine.window.${p.window.state}`, {
            opens: date(p.window.opensOn),
            closes: date(p.window.closesOn),
          })}
        </Paragraph>
      </section>
      <section aria-labelledby="check-title" className="vr-section">
        <Heading level={2} id="check-title">
          {t('reregistration.mine.checkTitle')}
        </Heading>
        <Paragraph>{t('reregistration.mine.checkIntro')}</Paragraph>
        <Notice type={p.normCheck.meetsNorm ? 'ok' : 'warning'}>
          <Paragraph>{t(p.normCheck.meetsNorm ? 'reregistration.mine.meets' : 'reregistration.mine.short')}</Paragraph>
        </Notice>
        <NormCheckTable
          id="norm-check"
          caption={t('reregistration.mine.checkCaption', { date: date(p.normCheck.checkedOn) })}
          lines={p.normCheck.lines}
        />
      </section>
      {p.requests.length > 0 && (
        <section aria-labelledby="requests-title" className="vr-section">
          <Heading level={2} id="requests-title">
            {t('reregistration.mine.requestsTitle')}
          </Heading>
          <RequestsTable
            id="my-requests"
            caption={t('reregistration.mine.requestsCaption', { number: p.cycle.number })}
            items={p.requests}
          />
        </section>
      )}
      {p.refusal && (
        <Alert type="info">
          <Paragraph>{p.refusal}</Paragraph>
        </Alert>
      )}
      {kinds.includes('regular') && (
        <RegularForm registrationId={p.registrationId} nextStart={dayAfter(p.cycle.endDate)} onDone={onApplied} />
      )}
      {(kinds.includes('postponement') || kinds.includes('limited-term')) && (
        <section aria-labelledby="short-title" className="vr-section">
          <Heading level={2} id="short-title">
            {t('reregistration.mine.shortTitle')}
          </Heading>
          <Paragraph>{t('reregistration.mine.shortIntro')}</Paragraph>
          {kinds.includes('postponement') && (
            <PostponementForm registrationId={p.registrationId} cycleEnd={p.cycle.endDate} onDone={onApplied} />
          )}
          {kinds.includes('limited-term') && <LimitedTermForm registrationId={p.registrationId} onDone={onApplied} />}
        </section>
      )}
    </>
  )
}

function Reregistration() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [params, setParams] = useSearchParams()
  const [applied, setApplied] = useState(false)
  const mine = useMyRegistrations()
  const registrationId = mine.data ? chooseRegistration(mine.data.items, params.get('registratie')) : null
  const preview = usePreview(registrationId)
  if (mine.isPending) return <Loading />
  if (mine.error || !mine.data) return <LoadError error={mine.error} />
  if (!registrationId) return <Paragraph>{t('reregistration.mine.none')}</Paragraph>
  const onApplied = async () => {
    await queryClient.invalidateQueries({ queryKey: ['reregistration'] })
    setApplied(true)
  }
  return (
    <>
      {mine.data.items.length > 1 && (
        <SelectField
          id="registration"
          name="registratie"
          label={t('reregistration.mine.chooseLabel')}
          value={registrationId}
          onChange={(value) => {
            setApplied(false)
            setParams(new URLSearchParams({ registratie: value }))
          }}
          options={mine.data.items.map((r) => ({
            value: r.id,
            label: `${r.register} (${r.registrationNumber ?? '—'})`,
          }))}
        />
      )}
      {applied && (
        <Notice>
          <Paragraph>{t('reregistration.mine.applied')}</Paragraph>
        </Notice>
      )}
      {preview.isPending ? (
        <Loading />
      ) : preview.error || !preview.data ? (
        <LoadError error={preview.error} />
      ) : (
        <Overview preview={preview.data} onApplied={onApplied} />
      )}
    </>
  )
}

/** /mijn-pe-punten/herregistratie: the window, the norm check line by line and what the professional can ask for. */
export function MyReregistrationPage() {
  const { t } = useTranslation()
  return (
    <RequireSession>
      {() => (
        <>
          <Breadcrumb items={[{ to: MY_PATH, label: t('reregistration.mine.title') }]} />
          <PageHeading>{t('reregistration.mine.title')}</PageHeading>
          <Paragraph lead>{t('reregistration.mine.intro')}</Paragraph>
          <Reregistration />
        </>
      )}
    </RequireSession>
  )
}
