import { Button, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../components/DataTable.tsx'
import type { OrganisationMembership } from '../../../lib/api.ts'
import { formatDateTime } from '../../../lib/format.ts'

const nameOf = (m: OrganisationMembership) => `${m.givenName} ${m.familyName}`.trim() || m.email

/** "Are you sure?" in the row itself: the question takes focus; "No" puts focus back on the row's remove button. */
function ConfirmRemove({
  membership,
  busy,
  onConfirm,
  onCancel,
}: {
  membership: OrganisationMembership
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const role = t(`roles.${membership.role}`, { defaultValue: membership.role })
  return (
    <div className="vr-confirm">
      <Paragraph ref={ref} tabIndex={-1}>
        {t('organisation.confirmQuestion', { name: nameOf(membership), role })}
      </Paragraph>
      <Button appearance="primary-action-button" hint="danger" busy={busy} onClick={onConfirm}>
        {t('organisation.confirmYes')}
      </Button>
      <Button appearance="secondary-action-button" onClick={onCancel}>
        {t('organisation.confirmNo')}
      </Button>
    </div>
  )
}

export function MembersTable({
  items,
  caption,
  confirming,
  busy,
  onAsk,
  onConfirm,
  onCancel,
}: {
  items: OrganisationMembership[]
  caption: string
  confirming: string | null
  busy: boolean
  onAsk: (membershipId: string) => void
  onConfirm: (membership: OrganisationMembership) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id="members"
      caption={caption}
      columns={[
        t('organisation.columns.name'),
        t('organisation.columns.email'),
        t('organisation.columns.role'),
        t('organisation.columns.since'),
        t('organisation.columns.action'),
      ]}
    >
      {items.map((membership) => {
        const role = t(`roles.${membership.role}`, { defaultValue: membership.role })
        return (
          <TableRow key={membership.id}>
            <TableCell>{nameOf(membership)}</TableCell>
            <TableCell className="vr-break">{membership.email}</TableCell>
            <TableCell>{role}</TableCell>
            <TableCell className="vr-nowrap">{formatDateTime(membership.createdAt, i18n.language)}</TableCell>
            <TableCell>
              {confirming === membership.id ? (
                <ConfirmRemove
                  membership={membership}
                  busy={busy}
                  onConfirm={() => onConfirm(membership)}
                  onCancel={onCancel}
                />
              ) : (
                <Button
                  id={`remove-${membership.id}`}
                  appearance="secondary-action-button"
                  onClick={() => onAsk(membership.id)}
                >
                  {t('organisation.remove')}
                  <span className="vr-visually-hidden">
                    {' '}
                    {t('organisation.removeWhich', { name: nameOf(membership), role })}
                  </span>
                </Button>
              )}
            </TableCell>
          </TableRow>
        )
      })}
    </DataTable>
  )
}

export { nameOf as membershipName }
