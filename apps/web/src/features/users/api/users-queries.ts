import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { adminApi } from '../../../lib/api.ts'

export interface UserFilters {
  email: string
  staffRole: string
  page: number
}

export const USERS_PAGE_SIZE = 20
export const USERS_QUERY_KEY = ['users'] as const

export function useUsers(filters: UserFilters, enabled: boolean) {
  return useQuery({
    queryKey: [...USERS_QUERY_KEY, filters],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () =>
      adminApi.listUsers({
        email: filters.email.trim() || undefined,
        staffRole: filters.staffRole || undefined,
        page: filters.page,
        pageSize: USERS_PAGE_SIZE,
      }),
  })
}

export const userQueryKey = (userId: string) => [...USERS_QUERY_KEY, 'one', userId] as const

/** One account with its staff roles (GET /users/{userId}). */
export function useUser(userId: string) {
  return useQuery({ queryKey: userQueryKey(userId), queryFn: () => adminApi.getUser(userId) })
}
