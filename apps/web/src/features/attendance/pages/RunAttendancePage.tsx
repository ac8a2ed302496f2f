import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { useAttendances } from '../api/attendance-api.ts'
import { AttendanceList } from '../components/AttendanceList.tsx'
import { FileCheckForm } from '../components/FileCheckForm.tsx'
import { ImportHistory } from '../components/ImportHistory.tsx'
import { ListCheckForm } from '../components/ListCheckForm.tsx'
import { RegistrantSearch } from '../components/RegistrantSearch.tsx'

export const runAttendancePath = (runId: string) => `/aanbieder/uitvoeringen/${runId}/presentie`

const formatDate = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )

function RunAttendance({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation()
  const query = useAttendances(runId, 1, false)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) {
    return (
      <>
        <PageHeading>{t('attendance.title')}</PageHeading>
        <LoadError error={query.error} />
      </>
    )
  }
  const run = query.data.run
  const when =
    run.startsOn === run.endsOn
      ? formatDate(run.endsOn, i18n.language)
      : `${formatDate(run.startsOn, i18n.language)} – ${formatDate(run.endsOn, i18n.language)}`
  // The API says what this person may do here (provider staff record; the register office only withdraws).
  const canRecord = query.data.allowedActions.includes('record')
  const sections = [
    { id: 'present-heading', title: t('attendance.sections.present'), body: <AttendanceList runId={runId} /> },
    ...(canRecord
      ? [
          { id: 'search-heading', title: t('attendance.sections.search'), body: <RegistrantSearch runId={runId} /> },
          { id: 'list-heading', title: t('attendance.sections.list'), body: <ListCheckForm runId={runId} /> },
          { id: 'file-heading', title: t('attendance.sections.file'), body: <FileCheckForm runId={runId} /> },
        ]
      : []),
    { id: 'history-heading', title: t('attendance.sections.history'), body: <ImportHistory runId={runId} /> },
  ]
  return (
    <>
      <PageHeading title={t('attendance.pageTitle', { title: run.activityTitle })}>
        {t('attendance.heading', { title: run.activityTitle })}
      </PageHeading>
      <Paragraph>
        {t('attendance.runFacts', {
          id: run.activityPublicId ?? '—',
          when,
          where: run.online ? t('attendance.online') : run.location,
        })}
      </Paragraph>
      {run.points !== null && run.category && (
        <Paragraph>
          {t('attendance.points', { points: run.points, category: t(`attendance.categories.${run.category}`) })}
        </Paragraph>
      )}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="vr-section">
          <Heading level={2} id={section.id}>
            {section.title}
          </Heading>
          {section.body}
        </section>
      ))}
    </>
  )
}

/** /aanbieder/uitvoeringen/:runId/presentie: who was there, add one, paste a list, upload a file, the history. */
export function RunAttendancePage() {
  const { runId = '' } = useParams()
  return <RequireSession>{() => <RunAttendance runId={runId} />}</RequireSession>
}
