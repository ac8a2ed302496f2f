import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { ApiError } from '../../../lib/api.ts'
import { downloadDossier, useDossier } from '../api/dossier-api.ts'
import { formatLongDate } from '../dossier.rules.ts'
import { CycleView } from './CycleView.tsx'

/** Buttons that download the dossier as PDF or CSV (asked for with an Accept header). */
function DownloadButtons({ registrationId }: { registrationId: string }) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  async function download(format: 'csv' | 'pdf') {
    setBusy(true)
    setFailed(false)
    try {
      await downloadDossier(registrationId, format, i18n.language)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => download('pdf')}>
          {t('dossier.downloads.pdf')}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={() => download('csv')}>
          {t('dossier.downloads.csv')}
        </Button>
      </ButtonGroup>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('dossier.downloads.failed')}</Paragraph>
        </Alert>
      )}
    </>
  )
}

/** The dossier of one registration: downloads, then every cycle (the current one first). */
export function DossierView({ registrationId, level }: { registrationId: string; level: 2 | 3 }) {
  const { t, i18n } = useTranslation()
  const query = useDossier(registrationId)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) {
    if (query.error instanceof ApiError && query.error.status === 409)
      return <Paragraph>{query.error.detail}</Paragraph>
    return <LoadError error={query.error} />
  }
  const dossier = query.data
  return (
    <>
      <Paragraph>{t('dossier.standingOn', { date: formatLongDate(dossier.today, i18n.language) })}</Paragraph>
      <Heading level={level}>{t('dossier.downloads.title')}</Heading>
      <DownloadButtons registrationId={registrationId} />
      {dossier.cycles.length === 0 ? (
        <Paragraph>{t('dossier.noCycles')}</Paragraph>
      ) : (
        dossier.cycles.map((cycle) => (
          <CycleView key={cycle.id} cycle={cycle} level={level} prefix={`d-${registrationId.slice(0, 8)}`} />
        ))
      )}
    </>
  )
}
