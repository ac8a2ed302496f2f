import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { SELF_REPORTS_KEY, useSelfReport } from '../api/self-reports-api.ts'
import { ApproveDecision, RejectDecision, SpotCheckDecisions } from '../components/Decisions.tsx'
import { SelfReportFacts } from '../components/SelfReportFacts.tsx'
import { QUEUE_PATH, SPOT_CHECK_PATH } from '../self-reports.rules.ts'
import '../self-reports.css'

function Review({ id }: { id: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [result, setResult] = useState<string | null>(null)
  const query = useSelfReport(id)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const r = query.data
  const done = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: SELF_REPORTS_KEY })
    setResult(message)
  }
  const can = r.permissions
  return (
    <>
      {result && <Notice>{result}</Notice>}
      <SelfReportFacts report={r} />
      <section aria-labelledby="decisions" className="vr-section">
        <Heading level={2} id="decisions">
          {can.spotCheck ? t('selfReports.spotCheck.decideTitle') : t('selfReports.decide.title')}
        </Heading>
        {!can.approve && !can.reject && !can.spotCheck && <Paragraph>{t('selfReports.decide.none')}</Paragraph>}
        {can.approve && <ApproveDecision report={r} onDone={done} />}
        {can.reject && <RejectDecision report={r} onDone={done} />}
        {can.spotCheck && <SpotCheckDecisions report={r} onDone={done} />}
      </section>
      <Paragraph>
        <AppLink to={r.spotCheck?.drawn ? SPOT_CHECK_PATH : QUEUE_PATH}>
          {r.spotCheck?.drawn ? t('selfReports.spotCheck.back') : t('selfReports.decide.back')}
        </AppLink>
      </Paragraph>
    </>
  )
}

/** /registerbureau/zelf-ingebracht/:selfReportId: one activity with its evidence, the decisions and the spot check. */
export function SelfReportReviewPage() {
  const { t } = useTranslation()
  const { selfReportId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: QUEUE_PATH, label: t('selfReports.queue.title') },
              { to: `${QUEUE_PATH}/${selfReportId}`, label: t('selfReports.decide.pageTitle') },
            ]}
          />
          <PageHeading>{t('selfReports.decide.pageTitle')}</PageHeading>
          {me.permissions.reviewSelfReports ? (
            <Review id={selfReportId} />
          ) : (
            <Alert type="warning">
              <Paragraph>{t('selfReports.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
