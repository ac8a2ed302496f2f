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
import { useTranslation } from 'react-i18next'
import { useLocation, useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { type AdminUser, ApiError } from '../../../lib/api.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { USERS_QUERY_KEY, userQueryKey, useUser } from '../api/users-queries.ts'
import { StaffRolesForm } from '../components/StaffRolesForm.tsx'
import { fullName } from '../components/UsersTable.tsx'
import { USERS_PATH } from './UsersPage.tsx'

/** Loads the account (GET /users/{userId}); a link to this page works from anywhere. */
function EditRoles({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation()
  const location = useLocation()
  const queryClient = useQueryClient()
  const { data: user, isPending, error } = useUser(userId)

  if (isPending) return <Loading />
  if (error && !(error instanceof ApiError && (error.status === 404 || error.status === 400))) {
    return <LoadError error={error} />
  }
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

  function saved(next: AdminUser) {
    queryClient.setQueryData(userQueryKey(userId), next)
    void queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY, exact: false, refetchType: 'none' })
  }

  const name = fullName(user)

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
          <EditRoles userId={userId ?? ''} />
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
