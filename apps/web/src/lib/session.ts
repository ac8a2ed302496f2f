import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { ApiError, api, type Me, setCsrfToken } from './api.ts'

export const ME_QUERY_KEY = ['me'] as const

/** GET /me: the logged-in account, or null when nobody is logged in. Keeps the CSRF token for the API client. */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.getMe()
    setCsrfToken(me.session.csrfToken)
    return me
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null)
      return null
    }
    throw error
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false })
}

let loggedOutAt = 0

/**
 * True once, right after the person logged out themselves: a page guard then sends them to
 * "Je bent uitgelogd." instead of "log in to continue".
 */
export function consumeLoggedOutOnPurpose(): boolean {
  const recent = Date.now() - loggedOutAt < 2000
  loggedOutAt = 0
  return recent
}

/** Forgets the session after the person logged out (here or everywhere). */
export function useForgetSessionAfterLogOut() {
  const setMe = useSetMe()
  return useCallback(() => {
    loggedOutAt = Date.now()
    setMe(null)
  }, [setMe])
}

/** Stores a Me from a log-in, MFA or profile answer (or null after logging out) as the current session. */
export function useSetMe() {
  const queryClient = useQueryClient()
  return useCallback(
    (me: Me | null) => {
      setCsrfToken(me?.session.csrfToken ?? null)
      queryClient.setQueryData(ME_QUERY_KEY, me)
      if (me === null) queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] })
    },
    [queryClient],
  )
}

/** A session that may use the whole app (MFA done or not needed). */
export const isComplete = (me: Me | null | undefined): me is Me => !!me && me.session.mfaState === 'complete'
