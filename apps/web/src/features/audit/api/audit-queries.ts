import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../../lib/api.ts'

export interface AuditFilters {
  actorId: string
  action: string
  result: string
  from: string
  to: string
  page: number
}

/** A date (yyyy-mm-dd) as the start of that day, or the start of the next day for `to`, in the user's time zone. */
export function dayBoundary(date: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d + (end ? 1 : 0)).toISOString()
}

export const PAGE_SIZE = 20

export function useAuditEvents(filters: AuditFilters, enabled: boolean) {
  return useQuery({
    queryKey: ['audit-events', filters],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.listAuditEvents({
        actorId: filters.actorId.trim() || undefined,
        action: filters.action.trim() || undefined,
        result: filters.result || undefined,
        from: dayBoundary(filters.from, false),
        to: dayBoundary(filters.to, true),
        page: filters.page,
        pageSize: PAGE_SIZE,
      }),
  })
}
