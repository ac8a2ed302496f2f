import { useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api.ts'

export const SESSIONS_QUERY_KEY = ['sessions'] as const

export function useSessions() {
  return useQuery({ queryKey: SESSIONS_QUERY_KEY, queryFn: api.listSessions })
}
