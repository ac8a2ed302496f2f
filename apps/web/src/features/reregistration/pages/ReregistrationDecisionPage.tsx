import { useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { type RequestDetail, useRequest } from '../api/reregistration-api.ts'
import { DecideForm } from '../components/DecideForm.tsx'
import { NormCheckTable } from '../components/NormCheckTable.tsx'
import { ShiftTable } from '../components/ShiftTable.tsx'
import { formatDate, fullName, QUEUE_PATH } from '../reregistration.rules.ts'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  )
}

function Facts({ r }: { r: RequestDetail }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) => formatDate(iso, i18n.language)
  const f = (key: string) => t(`reregistration.office.fields.${key}`)
  return (
    <section aria-labelledby="request-facts" className="vr-section">
      <Heading level={2} id="request-facts">
        {t('reregistration.office.facts')}
      </Heading>
      <DataList className="vr-data-list">
        <Item label={f('state')}>
          <strong>{t(`reregistration.states.${r.state}`)}</strong>
        </Item>
        <Item label={f('kind')}>{t(`reregistration.kinds.${r.kind}`)}</Item>
        <Item label={f('name')}>{fullName(r)}</Item>
        <Item label={f('number')}>{r.registrationNumber ?? '—'}</Item>
        <Item label={f('register')}>{r.register}</Item>
        <Item label={f('cycle')}>
          {t('reregistration.office.fields.cycleValue', {
            number: r.cycle.number,
            start: date(r.cycle.startDate),
            end: date(r.cycle.endDate),
          })}
        </Item>
        {r.postponedUntil && <Item label={f('postponedUntil')}>{date(r.postponedUntil)}</Item>}
        {r.shiftYears !== null && (
          <Item label={f('shiftYears')}>{t('reregistration.shiftYears', { count: r.shiftYears })}</Item>
        )}
        {r.reason && <Item label={f('reason')}>{r.reason}</Item>}
        <Item label={f('submittedAt')}>{date(r.submittedAt)}</Item>
        {r.decidedAt && <Item label={f('decidedAt')}>{date(r.decidedAt)}</Item>}
        {r.decidedBy && <Item label={f('decidedBy')}>{r.decidedBy}</Item>}
        {r.decisionReason && <Item label={f('decisionReason')}>{r.decisionReason}</Item>}
      </DataList>
    </section>
  )
}

function Decision({ id }: { id: string }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [done, setDone] = useState<string | null>(null)
  const query = useRequest(id)
  if (query.isPending) return <Loading />
  if (query.error || !query.data) return <LoadError error={query.error} />
  const r = query.data
  const date = (iso: string) => formatDate(iso, i18n.language)
  return (
    <>
      {done && (
        <Notice>
          <Paragraph>{done}</Paragraph>
        </Notice>
      )}
      <Facts r={r} />
      {r.normCheck && (
        <NormCheckTable
          id="check-then"
          caption={t('reregistration.office.checkThen', { date: date(r.normCheck.checkedOn) })}
          lines={r.normCheck.lines}
        />
      )}
      {r.currentCheck && (
        <NormCheckTable
          id="check-now"
          caption={t('reregistration.office.checkNow', { date: date(r.currentCheck.checkedOn) })}
          lines={r.currentCheck.lines}
        />
      )}
      {r.shift && (
        <section aria-labelledby="shift-title" className="vr-section">
          <Heading level={2} id="shift-title">
            {t('reregistration.office.shiftTitle')}
          </Heading>
          <ShiftTable
            id="shift"
            caption={t('reregistration.office.shiftCaption', {
              years: t('reregistration.shiftYears', { count: r.shift.shiftYears }),
            })}
            items={[r.shift]}
          />
        </section>
      )}
      <section aria-labelledby="decide-title" className="vr-section">
        <Heading level={2} id="decide-title">
          {t('reregistration.office.decide.title')}
        </Heading>
        {r.permissions.decide ? (
          <DecideForm
            requestId={r.id}
            onDone={async (result) => {
              await queryClient.invalidateQueries({ queryKey: ['reregistration'] })
              setDone(
                result.cycle
                  ? t('reregistration.office.decide.approved', {
                      start: date(result.cycle.startDate),
                      end: date(result.cycle.endDate),
                    })
                  : t('reregistration.office.decide.rejected'),
              )
            }}
          />
        ) : (
          <Paragraph>{t('reregistration.office.decide.none')}</Paragraph>
        )}
      </section>
      <Paragraph>
        <AppLink to={QUEUE_PATH}>{t('reregistration.office.back')}</AppLink>
      </Paragraph>
    </>
  )
}

/** /registerbureau/herregistraties/:requestId: one request with its norm check, and the decision. */
export function ReregistrationDecisionPage() {
  const { t } = useTranslation()
  const { requestId = '' } = useParams()
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: QUEUE_PATH, label: t('reregistration.office.title') },
              { to: `${QUEUE_PATH}/${requestId}`, label: t('reregistration.office.one') },
            ]}
          />
          <PageHeading>{t('reregistration.office.one')}</PageHeading>
          {me.permissions.reviewReregistrations ? (
            <Decision id={requestId} />
          ) : (
            <Alert type="warning">
              <Paragraph>{t('reregistration.office.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
