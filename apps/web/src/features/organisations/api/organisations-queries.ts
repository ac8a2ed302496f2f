import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { adminApi } from '../../../lib/api.ts'

export const ORGANISATIONS_PAGE_SIZE = 20
export const ORGANISATIONS_QUERY_KEY = ['organisations'] as const
export const membershipsKey = (organisationId: string) => ['organisations', organisationId, 'memberships'] as const

export function useOrganisations(filters: { kind: string; page: number }) {
  return useQuery({
    queryKey: [...ORGANISATIONS_QUERY_KEY, 'list', filters],
    placeholderData: keepPreviousData,
    queryFn: () =>
      adminApi.listOrganisations({
        kind: filters.kind || undefined,
        page: filters.page,
        pageSize: ORGANISATIONS_PAGE_SIZE,
      }),
  })
}

export function useOrganisation(organisationId: string) {
  return useQuery({
    queryKey: [...ORGANISATIONS_QUERY_KEY, organisationId],
    queryFn: () => adminApi.getOrganisation(organisationId),
  })
}

export function useMemberships(organisationId: string, page: number) {
  return useQuery({
    queryKey: [...membershipsKey(organisationId), page],
    placeholderData: keepPreviousData,
    queryFn: () => adminApi.listMemberships(organisationId, { page, pageSize: ORGANISATIONS_PAGE_SIZE }),
  })
}
