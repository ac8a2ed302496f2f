import { useQueries, useQuery } from '@tanstack/react-query'
import { request } from '../../../lib/api.ts'

// Registers and their settings (docs/openapi.json: listRegisters, getRegister, createRegister, updateRegister).

export interface RegisterSettings {
  id: string
  name: string
  slug: string
  numberPrefix: string
  professions: string[]
  cycleYears: number
  /** True once the register handed out a number: the prefix can no longer change. */
  numberPrefixLocked: boolean
}

export type RegisterInput = Pick<RegisterSettings, 'name' | 'slug' | 'numberPrefix' | 'professions' | 'cycleYears'>

interface RegisterListItem {
  id: string
  name: string
  slug: string
  professions: string[]
}

const segment = encodeURIComponent

export const registersApi = {
  list: () => request<{ items: RegisterListItem[] }>('GET', '/registers'),
  get: (registerId: string) => request<RegisterSettings>('GET', `/registers/${segment(registerId)}`),
  create: (body: RegisterInput) => request<RegisterSettings>('POST', '/registers', { body }),
  update: (registerId: string, body: Partial<RegisterInput>) =>
    request<RegisterSettings>('PATCH', `/registers/${segment(registerId)}`, { body }),
}

export const REGISTERS_QUERY_KEY = ['registers'] as const

export function useRegister(registerId: string) {
  return useQuery({ queryKey: [...REGISTERS_QUERY_KEY, registerId], queryFn: () => registersApi.get(registerId) })
}

/**
 * Every register with all its settings. The public list does not carry the prefix and cycle length, so each
 * register's settings are read on their own (a handful of registers; one list call once the list carries them).
 */
export function useRegisterSettingsList() {
  const list = useQuery({ queryKey: [...REGISTERS_QUERY_KEY, 'list'], queryFn: registersApi.list })
  const details = useQueries({
    queries: (list.data?.items ?? []).map((item) => ({
      queryKey: [...REGISTERS_QUERY_KEY, item.id],
      queryFn: () => registersApi.get(item.id),
    })),
  })
  const failed = list.error ?? details.find((d) => d.error)?.error ?? null
  const pending = list.isPending || details.some((d) => d.isPending)
  const items = pending || failed ? undefined : details.map((d) => d.data as RegisterSettings)
  return { items, pending, error: failed }
}
