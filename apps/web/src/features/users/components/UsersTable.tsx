import { TableCell, TableRow } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { AppLink } from '../../../components/AppLink.tsx'
import { DataTable } from '../../../components/DataTable.tsx'
import type { AdminUser } from '../../../lib/api.ts'
import { formatDateTime } from '../../../lib/format.ts'

export const fullName = (user: { givenName: string; familyName: string }) =>
  `${user.givenName} ${user.familyName}`.trim()

/** The accounts found; with `canEdit` each name links to the page where an admin changes the staff roles. */
export function UsersTable({ items, caption, canEdit }: { items: AdminUser[]; caption: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation()
  return (
    <DataTable
      id="users"
      caption={caption}
      columns={[
        t('users.columns.name'),
        t('users.columns.email'),
        t('users.columns.roles'),
        t('users.columns.mfa'),
        t('users.columns.createdAt'),
      ]}
    >
      {items.map((user) => (
        <TableRow key={user.id}>
          <TableCell>
            {canEdit ? (
              <AppLink to={`/beheer/gebruikers/${encodeURIComponent(user.id)}`}>
                {fullName(user)}
                <span className="vr-visually-hidden"> {t('users.editRoles')}</span>
              </AppLink>
            ) : (
              fullName(user)
            )}
          </TableCell>
          <TableCell className="vr-break">{user.email}</TableCell>
          <TableCell>
            {user.staffRoles.length > 0
              ? user.staffRoles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', ')
              : t('users.noRoles')}
          </TableCell>
          <TableCell>{user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}</TableCell>
          <TableCell className="vr-nowrap">{formatDateTime(user.createdAt, i18n.language)}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  )
}
