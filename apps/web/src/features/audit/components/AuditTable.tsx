import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { ScrollRegion } from '../../../components/ScrollRegion.tsx'
import type { AuditEvent } from '../../../lib/api.ts'
import { formatDateTime } from '../../../lib/format.ts'

export function AuditTable({
  items,
  caption,
  onPickActor,
}: {
  items: AuditEvent[]
  caption: string
  onPickActor: (actorId: string) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <ScrollRegion labelledBy="audit-caption">
      <Table className="vr-table">
        <TableCaption id="audit-caption" className="vr-table__caption">
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.columns.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.who')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.object')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.result')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.origin')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((event) => (
            <TableRow key={event.id}>
              <TableCell className="vr-nowrap">{formatDateTime(event.occurredAt, i18n.language)}</TableCell>
              <TableCell>
                {event.actorId ? (
                  <button type="button" className="vr-link-button" onClick={() => onPickActor(event.actorId!)}>
                    {event.actorEmail ?? event.actorId}
                    <span className="vr-visually-hidden"> {t('audit.filterOnActor')}</span>
                  </button>
                ) : (
                  t('audit.system')
                )}
              </TableCell>
              <TableCell>
                <code translate="no">{event.action}</code>
              </TableCell>
              <TableCell>
                {event.objectType ? (
                  <>
                    {event.objectType}
                    {event.objectId && (
                      <>
                        <br />
                        <code translate="no" className="vr-small">
                          {event.objectId}
                        </code>
                      </>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                <span className={`vr-result vr-result--${event.result}`}>
                  {t(`audit.result.${event.result}`, { defaultValue: event.result })}
                </span>
              </TableCell>
              <TableCell className="vr-small">
                {event.origin ?? '—'}
                {event.requestId && (
                  <>
                    <br />
                    <span className="vr-muted">
                      {t('audit.requestId')}: <code translate="no">{event.requestId}</code>
                    </span>
                  </>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
