import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
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
    <DataTable
      id="audit"
      caption={caption}
      columns={[
        t('audit.columns.when'),
        t('audit.columns.who'),
        t('audit.columns.what'),
        t('audit.columns.object'),
        t('audit.columns.result'),
        t('audit.columns.origin'),
      ]}
    >
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
    </DataTable>
  )
}
