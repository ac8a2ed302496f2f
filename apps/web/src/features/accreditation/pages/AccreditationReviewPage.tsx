import { useQueryClient } from '@tanstack/react-query'
import { DataListItem, DataListKey, DataListValue, Heading, Paragraph } from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { DecisionForm } from '../../../components/DecisionForm.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { OFFICE_PATH } from '../accreditation.rules.ts'
import { accreditationApi, useReview } from '../api/accreditation-api.ts'
import { AccreditForm } from '../components/AccreditForm.tsx'
import { ActivityFacts } from '../components/ActivityFacts.tsx'
import { ObjectionsList } from '../components/ObjectionsList.tsx'
import { OfficeGate } from '../components/OfficeGate.tsx'
import { RunsSection } from '../components/RunsSection.tsx'

function Person({ label, name }: { label: string; name: string | null }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{name ?? '—'}</DataListValue>
    </DataListItem>
  )
}

function Review({ id }: { id: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [result, setResult] = useState<string | null>(null)
  const query = useReview(id)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const a = query.data
  const can = a.permissions
  const open = a.objections.find((o) => o.state === 'open')
  const done = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: ['accreditation'] })
    setResult(message)
  }
  const defaults = { points: a.netHours, category: a.category ?? a.requestedCategory }
  return (
    <>
      {result && <Notice>{result}</Notice>}
      <ActivityFacts
        activity={a}
        extra={
          <>
            <Person label={t('accreditation.facts.submittedBy')} name={a.submittedBy} />
            {a.decidedAt && (
              <Person
                label={t('accreditation.facts.decidedBy')}
                name={a.decidedBy ?? t('accreditation.objections.automatic')}
              />
            )}
            {a.checkedAt && <Person label={t('accreditation.facts.checkedBy')} name={a.checkedBy} />}
          </>
        }
      />
      <ObjectionsList objections={a.objections} />
      <section aria-labelledby="office-decisions" className="vr-section">
        <Heading level={2} id="office-decisions">
          {t('accreditation.decide.title')}
        </Heading>
        {!can.decide && !can.check && !can.decideObjection && (
          <Paragraph>{open ? t('accreditation.decide.otherDecider') : t('accreditation.decide.none')}</Paragraph>
        )}
        {can.decide && (
          <>
            <AccreditForm
              id="accredit"
              title={t('accreditation.decide.accreditTitle')}
              intro={t('accreditation.decide.accreditIntro')}
              confirmLabel={t('accreditation.decide.accreditConfirm')}
              defaults={defaults}
              onSubmit={async (accreditation) => {
                const r = await accreditationApi.decide(id, { outcome: 'accredit', ...accreditation })
                await done(t('accreditation.decide.accredited', { publicId: r.publicId }))
              }}
            />
            <DecisionForm
              id="reject"
              title={t('accreditation.decide.rejectTitle')}
              intro={t('accreditation.decide.rejectIntro')}
              text={{
                name: 'reason',
                label: t('accreditation.decide.reason'),
                requiredMessage: t('accreditation.decide.reasonRequired'),
              }}
              confirmLabel={t('accreditation.decide.rejectConfirm')}
              onSubmit={async (reason) => {
                await accreditationApi.decide(id, { outcome: 'reject', reason })
                await done(t('accreditation.decide.rejected'))
              }}
            />
          </>
        )}
        {can.check && (
          <>
            <DecisionForm
              id="check-approve"
              title={t('accreditation.check.approveTitle')}
              intro={t('accreditation.check.approveIntro')}
              confirmLabel={t('accreditation.check.approveConfirm')}
              onSubmit={async () => {
                await accreditationApi.check(id, { outcome: 'approve' })
                await done(t('accreditation.check.approved'))
              }}
            />
            <DecisionForm
              id="check-revoke"
              title={t('accreditation.check.revokeTitle')}
              intro={t('accreditation.check.revokeIntro')}
              text={{
                name: 'reason',
                label: t('accreditation.decide.reason'),
                requiredMessage: t('accreditation.decide.reasonRequired'),
              }}
              confirmLabel={t('accreditation.check.revokeConfirm')}
              onSubmit={async (reason) => {
                await accreditationApi.check(id, { outcome: 'revoke', reason })
                await done(t('accreditation.check.revoked'))
              }}
            />
          </>
        )}
        {can.decideObjection && open && (
          <>
            <AccreditForm
              id="uphold"
              title={t('accreditation.objectionDecision.upholdTitle')}
              intro={t('accreditation.objectionDecision.upholdIntro')}
              confirmLabel={t('accreditation.objectionDecision.upholdConfirm')}
              defaults={defaults}
              onSubmit={async (accreditation) => {
                await accreditationApi.decideObjection(open.id, { outcome: 'uphold', ...accreditation })
                await done(t('accreditation.objectionDecision.upheld'))
              }}
            />
            <DecisionForm
              id="dismiss"
              title={t('accreditation.objectionDecision.dismissTitle')}
              intro={t('accreditation.objectionDecision.dismissIntro')}
              text={{
                name: 'reason',
                label: t('accreditation.decide.reason'),
                requiredMessage: t('accreditation.decide.reasonRequired'),
              }}
              confirmLabel={t('accreditation.objectionDecision.dismissConfirm')}
              onSubmit={async (reason) => {
                await accreditationApi.decideObjection(open.id, { outcome: 'dismiss', reason })
                await done(t('accreditation.objectionDecision.dismissed'))
              }}
            />
          </>
        )}
      </section>
      {a.state === 'accredited' && (
        <RunsSection runs={a.runs} canManage={false} onSave={async () => {}} onDelete={async () => {}} />
      )}
      <Paragraph>
        <AppLink to={OFFICE_PATH}>{t('accreditation.office.back')}</AppLink>
      </Paragraph>
    </>
  )
}

/** /registerbureau/accreditaties/:activityId: one request with the decisions the register office may take. */
export function AccreditationReviewPage() {
  const { t } = useTranslation()
  const { activityId = '' } = useParams()
  return (
    <OfficeGate
      crumbs={[
        { to: OFFICE_PATH, label: t('accreditation.office.queueTitle') },
        { to: `${OFFICE_PATH}/${activityId}`, label: t('accreditation.office.one') },
      ]}
      title={t('accreditation.office.one')}
    >
      <Review id={activityId} />
    </OfficeGate>
  )
}
