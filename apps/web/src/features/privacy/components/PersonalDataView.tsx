import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  TableCell,
  TableRow,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import type { ExportRegistration, PersonalData } from '../api/privacy-api.ts'
import { ProviderWork, RegistrationPoints } from './PointsData.tsx'

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="vr-section">
      <Heading level={3} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  )
}

/** A table, or a line saying there is nothing. */
function Rows({ id, caption, columns, rows }: { id: string; caption: string; columns: string[]; rows: ReactNode[][] }) {
  const { t } = useTranslation()
  if (rows.length === 0) return <Paragraph>{t('privacy.view.nothing')}</Paragraph>
  return (
    <DataTable id={id} caption={caption} columns={columns}>
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
  )
}

function Registration({ r }: { r: ExportRegistration }) {
  const { t, i18n } = useTranslation()
  const dt = (iso: string) => formatDateTime(iso, i18n.language)
  return (
    <Section
      id={`export-registration-${r.id}`}
      title={`${r.registerName} — ${r.registrationNumber ?? t('privacy.view.noNumber')}`}
    >
      <DataList className="vr-data-list">
        <DataListItem>
          <DataListKey>{t('privacy.view.name')}</DataListKey>
          <DataListValue>{[r.initials, r.infix, r.surname].filter(Boolean).join(' ') || '—'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('privacy.view.status')}</DataListKey>
          <DataListValue>{r.status}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('privacy.view.profession')}</DataListKey>
          <DataListValue>{r.profession}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('privacy.view.employer')}</DataListKey>
          <DataListValue>
            {r.employerName ?? '—'}
            {r.employerName
              ? ` (${r.showEmployerPublicly ? t('privacy.view.public') : t('privacy.view.notPublic')})`
              : ''}
          </DataListValue>
        </DataListItem>
      </DataList>
      <Rows
        id={`export-history-${r.id}`}
        caption={t('privacy.view.history')}
        columns={[t('privacy.view.date'), t('privacy.view.change'), t('privacy.view.reason')]}
        rows={r.statusHistory.map((h) => [h.effectiveDate, `${h.action} → ${h.toStatus}`, h.reason || '—'])}
      />
      <Rows
        id={`export-cycles-${r.id}`}
        caption={t('privacy.view.cycles')}
        columns={[t('privacy.view.number'), t('privacy.view.period'), t('privacy.view.decisions')]}
        rows={r.cycles.map((c) => [
          c.number,
          `${c.startDate} – ${c.postponedUntil ?? c.endDate}`,
          c.decisions.map((d) => `${d.kind}: ${d.outcome || d.reason}`).join('; ') || '—',
        ])}
      />
      <Rows
        id={`export-applications-${r.id}`}
        caption={t('privacy.view.applications')}
        columns={[t('privacy.view.submitted'), t('privacy.view.education'), t('privacy.view.messages')]}
        rows={r.applications.map((a) => [
          dt(a.submittedAt),
          `${a.educationProgramme}, ${a.educationInstitution} (${a.educationDate})`,
          a.messages
            .map((m) => `${m.fromMe ? t('privacy.view.you') : t('privacy.view.office')}: ${m.body}`)
            .join(' | ') || '—',
        ])}
      />
      <RegistrationPoints r={r} />
    </Section>
  )
}

/** The export as a readable page: the same data as the JSON download. */
export function PersonalDataView({ data }: { data: PersonalData }) {
  const { t, i18n } = useTranslation()
  const dt = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—')
  const a = data.account
  return (
    <>
      <Section id="export-account" title={t('privacy.view.account')}>
        <DataList className="vr-data-list">
          <DataListItem>
            <DataListKey>{t('privacy.view.email')}</DataListKey>
            <DataListValue>{a.email}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('privacy.view.name')}</DataListKey>
            <DataListValue>{`${a.givenName} ${a.familyName}`.trim() || '—'}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('privacy.view.mfa')}</DataListKey>
            <DataListValue>{a.mfaEnabled ? t('privacy.view.yes') : t('privacy.view.no')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('privacy.view.since')}</DataListKey>
            <DataListValue>{dt(a.createdAt)}</DataListValue>
          </DataListItem>
        </DataList>
      </Section>
      <Section id="export-registrations" title={t('privacy.view.registrations')}>
        {data.registrations.length === 0 ? (
          <Paragraph>{t('privacy.view.nothing')}</Paragraph>
        ) : (
          data.registrations.map((r) => <Registration key={r.id} r={r} />)
        )}
      </Section>
      <Section id="export-documents" title={t('privacy.view.documents')}>
        <Rows
          id="export-documents-table"
          caption={t('privacy.view.documents')}
          columns={[t('privacy.view.file'), t('privacy.view.kind'), t('privacy.view.date')]}
          rows={data.documents.map((d) => [d.originalName, `${d.purpose} (${d.mediaType})`, dt(d.createdAt)])}
        />
      </Section>
      <Section id="export-provider-work" title={t('privacy.view.points.providerWork')}>
        <ProviderWork work={data.providerWork} />
      </Section>
      <Section id="export-memberships" title={t('privacy.view.memberships')}>
        <Rows
          id="export-memberships-table"
          caption={t('privacy.view.memberships')}
          columns={[t('privacy.view.organisation'), t('privacy.view.role'), t('privacy.view.date')]}
          rows={data.memberships.map((m) => [
            m.organisationName,
            t(`roles.${m.role}`, { defaultValue: m.role }),
            dt(m.createdAt),
          ])}
        />
      </Section>
      <Section id="export-consents" title={t('privacy.view.consents')}>
        <Rows
          id="export-consents-table"
          caption={t('privacy.view.consents')}
          columns={[t('privacy.view.organisation'), t('privacy.view.shared'), t('privacy.view.date')]}
          rows={data.cpdSharing.map((c) => [
            c.organisationName,
            c.granted ? t('privacy.view.yes') : t('privacy.view.no'),
            dt(c.updatedAt),
          ])}
        />
      </Section>
      <Section id="export-sessions" title={t('privacy.view.sessions')}>
        <Rows
          id="export-sessions-table"
          caption={t('privacy.view.sessions')}
          columns={[t('privacy.view.lastSeen'), t('privacy.view.device'), t('privacy.view.ip')]}
          rows={data.sessions.map((s) => [dt(s.lastSeenAt), s.userAgent || '—', s.ipAddress || '—'])}
        />
      </Section>
      <Section id="export-mails" title={t('privacy.view.mails')}>
        <Rows
          id="export-mails-table"
          caption={t('privacy.view.mails')}
          columns={[t('privacy.view.date'), t('privacy.view.subject')]}
          rows={data.mails.map((m) => [dt(m.createdAt), m.subject])}
        />
      </Section>
      <Section id="export-audit" title={t('privacy.view.audit')}>
        <Paragraph>{t('privacy.view.auditIntro')}</Paragraph>
        <Rows
          id="export-audit-table"
          caption={t('privacy.view.audit')}
          columns={[t('privacy.view.date'), t('privacy.view.action'), t('privacy.view.byYou')]}
          rows={[...data.auditEvents]
            .reverse()
            .map((e) => [dt(e.occurredAt), e.action, e.byMe ? t('privacy.view.yes') : t('privacy.view.no')])}
        />
      </Section>
    </>
  )
}
