import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import type { AdminUser } from '../../../lib/api.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { StaffRolesForm } from '../components/StaffRolesForm.tsx'
import { fullName } from '../components/UsersTable.tsx'
import { USERS_PATH } from './UsersPage.tsx'

function isUser(value: unknown, id: string | undefined): value is AdminUser {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as AdminUser).id === id &&
    Array.isArray((value as AdminUser).staffRoles)
  )
}

/**
 * The API has no "one account" endpoint, so the list hands the account over in the navigation state
 * (kept by the browser on reload of this tab). Opened another way, the page sends you back to the list.
 */
function EditRoles({ userId }: { userId: string | undefined }) {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const passed = (location.state as { user?: unknown } | null)?.user
  const [user, setUser] = useState<AdminUser | null>(isUser(passed, userId) ? passed : null)

  if (!user) {
    return (
      <>
        <Breadcrumb
          items={[
            { to: USERS_PATH, label: t('users.title') },
            { to: location.pathname, label: t('userRoles.pageTitle') },
          ]}
        />
        <PageHeading>{t('userRoles.pageTitle')}</PageHeading>
        <Alert type="warning">
          <Paragraph>{t('userRoles.unknownUser')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to={USERS_PATH}>{t('userRoles.backToList')}</AppLink>
        </Paragraph>
      </>
    )
  }

  const name = fullName(user)
  function saved(next: AdminUser) {
    setUser(next)
    navigate(location.pathname + location.search, { replace: true, state: { user: next } })
  }

  return (
    <>
      <Breadcrumb
        items={[
          { to: USERS_PATH, label: t('users.title') },
          { to: location.pathname, label: name },
        ]}
      />
      <PageHeading title={t('userRoles.title', { name })}>{t('userRoles.title', { name })}</PageHeading>
      <Paragraph lead>{t('userRoles.intro')}</Paragraph>
      <section aria-labelledby="user-details" className="vr-section">
        <Heading level={2} id="user-details">
          {t('userRoles.details')}
        </Heading>
        <DataList className="vr-data-list">
          <DataListItem>
            <DataListKey>{t('users.columns.email')}</DataListKey>
            <DataListValue>{user.email}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('users.columns.mfa')}</DataListKey>
            <DataListValue>{user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('users.columns.createdAt')}</DataListKey>
            <DataListValue>{formatDateTime(user.createdAt, i18n.language)}</DataListValue>
          </DataListItem>
        </DataList>
      </section>
      <StaffRolesForm key={user.id} user={user} onSaved={saved} />
      <Paragraph>
        <AppLink to={USERS_PATH}>{t('userRoles.backToList')}</AppLink>
      </Paragraph>
    </>
  )
}

/** /beheer/gebruikers/:userId: an admin changes someone's staff roles (`permissions.manageStaffRoles`). */
export function UserPage() {
  const { t } = useTranslation()
  const { userId } = useParams()
  const location = useLocation()
  return (
    <RequireSession>
      {(me) =>
        me.permissions.manageStaffRoles ? (
          <EditRoles userId={userId} />
        ) : (
          <>
            <Breadcrumb
              items={[
                { to: USERS_PATH, label: t('users.title') },
                { to: location.pathname, label: t('userRoles.pageTitle') },
              ]}
            />
            <PageHeading>{t('userRoles.pageTitle')}</PageHeading>
            <Alert type="warning">
              <Paragraph>{t('userRoles.noAccess')}</Paragraph>
            </Alert>
          </>
        )
      }
    </RequireSession>
  )
}
