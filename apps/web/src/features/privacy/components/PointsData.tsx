import { Heading, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import type { ExportProviderWork, ExportRegistration } from '../api/privacy-api.ts'

// The CPD points part of the export, as readable tables: per registration the ledger, self-reported activities,
// attendances and re-registration requests; and what the person did for a provider.

/** A titled table, or a line saying there is nothing. */
function Part({ id, title, columns, rows }: { id: string; title: string; columns: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation()
  return (
    <>
      <Heading level={4} id={`${id}-heading`}>
        {title}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t('privacy.view.nothing')}</Paragraph>
      ) : (
        <DataTable id={id} caption={title} columns={columns}>
          {rows.map((cells, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed export, in order
            <TableRow key={index}>
              {cells.map((cell, cellIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed column order
                <TableCell key={cellIndex}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  )
}

function useFormat() {
  const { t, i18n } = useTranslation()
  const number = (value: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2, signDisplay: 'auto' }).format(value)
  return {
    t,
    number,
    dt: (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—'),
    category: (c: string | null) => (c ? t(`privacy.view.points.categories.${c}`, { defaultValue: c }) : '—'),
    state: (s: string) => t(`privacy.view.points.states.${s}`, { defaultValue: s }),
  }
}

/** The points of one registration. */
export function RegistrationPoints({ r }: { r: ExportRegistration }) {
  const { t, number, dt, category, state } = useFormat()
  const p = 'privacy.view.points'
  return (
    <>
      <Part
        id={`export-ledger-${r.id}`}
        title={t(`${p}.ledger`)}
        columns={[
          t(`${p}.activityDate`),
          t(`${p}.category`),
          t(`${p}.points`),
          t(`${p}.reference`),
          t(`${p}.source`),
          t(`${p}.bookedAt`),
          t(`${p}.note`),
        ]}
        rows={r.pointsLedger.map((e) => [
          e.activityDate,
          category(e.category),
          number(e.points),
          e.reference,
          t(`${p}.sources.${e.source}`, { defaultValue: e.source }),
          dt(e.bookedAt),
          [e.reversal ? t(`${p}.reversal`) : '', e.note].filter(Boolean).join(': ') || '—',
        ])}
      />
      <Part
        id={`export-self-reports-${r.id}`}
        title={t(`${p}.selfReports`)}
        columns={[
          t(`${p}.activityDate`),
          t(`${p}.activity`),
          t(`${p}.state`),
          t(`${p}.granted`),
          t(`${p}.evidence`),
          t(`${p}.decisionReason`),
        ]}
        rows={r.selfReportedActivities.map((s) => [
          s.activityDate,
          [
            t(`${p}.kinds.${s.kind}`, { defaultValue: s.kind }),
            s.title,
            `${number(s.hours)} ${t(`${p}.hours`)}`,
            s.description,
          ]
            .filter(Boolean)
            .join(' — '),
          state(s.state),
          s.pointsGranted === null ? '—' : `${number(s.pointsGranted)} (${category(s.categoryGranted)})`,
          s.evidenceDocumentName ?? '—',
          s.decisionReason || '—',
        ])}
      />
      <Part
        id={`export-attendances-${r.id}`}
        title={t(`${p}.attendances`)}
        columns={[t(`${p}.activity`), t(`${p}.runDates`), t(`${p}.recordedAt`), t(`${p}.withdrawn`)]}
        rows={r.attendances.map((a) => [
          `${a.activityPublicId ? `${a.activityPublicId} · ` : ''}${a.activityTitle} (${a.providerName})`,
          a.startsOn === a.endsOn ? a.startsOn : `${a.startsOn} – ${a.endsOn}`,
          dt(a.recordedAt),
          a.withdrawnAt
            ? `${dt(a.withdrawnAt)}${a.withdrawalReason ? `: ${a.withdrawalReason}` : ''}`
            : t('privacy.view.no'),
        ])}
      />
      <Part
        id={`export-reregistrations-${r.id}`}
        title={t(`${p}.reregistrations`)}
        columns={[
          t(`${p}.submittedAt`),
          t(`${p}.kind`),
          t(`${p}.state`),
          t(`${p}.yourReason`),
          t(`${p}.decisionReason`),
        ]}
        rows={r.reregistrationRequests.map((q) => [
          dt(q.submittedAt),
          [
            t(`${p}.requestKinds.${q.kind}`, { defaultValue: q.kind }),
            t(`${p}.cycle`, { number: q.cycleNumber }),
            q.postponedUntil ? t(`${p}.until`, { date: q.postponedUntil }) : '',
            q.shiftYears === null ? '' : t(`${p}.shift`, { count: q.shiftYears }),
          ]
            .filter(Boolean)
            .join(', '),
          `${state(q.state)}${q.decidedAt ? ` (${dt(q.decidedAt)})` : ''}`,
          q.reason || '—',
          q.decisionReason || '—',
        ])}
      />
    </>
  )
}

/** Activities and objections the person submitted for a provider, and the API keys they made. */
export function ProviderWork({ work }: { work: ExportProviderWork }) {
  const { t, dt, state } = useFormat()
  const p = 'privacy.view.points'
  return (
    <>
      <Paragraph>{t(`${p}.providerIntro`)}</Paragraph>
      <Part
        id="export-provider-activities"
        title={t(`${p}.submittedActivities`)}
        columns={[t('privacy.view.organisation'), t(`${p}.activity`), t(`${p}.state`), t(`${p}.submittedAt`)]}
        rows={work.submittedActivities.map((a) => [
          a.organisationName,
          `${a.publicId ? `${a.publicId} · ` : ''}${a.title}`,
          state(a.state),
          dt(a.submittedAt),
        ])}
      />
      <Part
        id="export-provider-objections"
        title={t(`${p}.objections`)}
        columns={[t(`${p}.activity`), t(`${p}.yourReason`), t(`${p}.state`), t(`${p}.submittedAt`)]}
        rows={work.objections.map((o) => [
          `${o.activityPublicId ? `${o.activityPublicId} · ` : ''}${o.activityTitle}`,
          o.reason,
          state(o.state),
          dt(o.submittedAt),
        ])}
      />
      <Part
        id="export-provider-api-keys"
        title={t(`${p}.apiKeys`)}
        columns={[t('privacy.view.organisation'), t(`${p}.keyName`), t(`${p}.createdAt`), t(`${p}.revokedAt`)]}
        rows={work.apiKeys.map((k) => [
          k.organisationName,
          `${k.name} (${k.prefix}…)`,
          dt(k.createdAt),
          dt(k.revokedAt),
        ])}
      />
    </>
  )
}
