import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'
import { LoadError, Loading } from '../components/Status.tsx'
import type { Me } from '../lib/api.ts'
import { consumeLoggedOutOnPurpose, useMe } from '../lib/session.ts'

const MFA_SETUP_PATH = '/account/tweestapsverificatie'

/**
 * Shows its children only to a logged-in account. Without a session: to the log-in page (and back afterwards).
 * A session that must still set up MFA may only see the MFA set-up page.
 */
export function RequireSession({
  children,
  allowSetupRequired = false,
}: {
  children: (me: Me) => ReactNode
  allowSetupRequired?: boolean
}) {
  const { data: me, isPending, error } = useMe()
  const location = useLocation()
  if (isPending) return <Loading />
  if (error) return <LoadError error={error} />
  if (!me || me.session.mfaState === 'pending') {
    if (!me && consumeLoggedOutOnPurpose()) return <Navigate to="/inloggen?uitgelogd=1" replace />
    const back = encodeURIComponent(location.pathname + location.search)
    return <Navigate to={`/inloggen?terug=${back}`} replace />
  }
  if (me.session.mfaState === 'setup_required' && !allowSetupRequired) return <Navigate to={MFA_SETUP_PATH} replace />
  return <>{children(me)}</>
}
