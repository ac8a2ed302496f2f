import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError, setCsrfToken } from '../lib/api.ts'
import { ME_QUERY_KEY } from '../lib/session.ts'

/**
 * A 401 `unauthenticated` on any call means the session ended elsewhere (log-out on another device, timeout):
 * forget the cached account at once, so the page guards send the person to the log-in page.
 */
function forgetSessionWhenEnded(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated') {
    setCsrfToken(null)
    queryClient.setQueryData(ME_QUERY_KEY, null)
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetSessionWhenEnded }),
  mutationCache: new MutationCache({ onError: forgetSessionWhenEnded }),
  defaultOptions: {
    queries: {
      // 4xx answers do not get better by asking again.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
})
