import { useQuery } from '@tanstack/react-query'
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

/** A register as the public list gives it. */
export type RegisterListItem = Omit<RegisterSettings, 'numberPrefixLocked'>

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

/** Every register with its settings, from the public list (one call). */
export function useRegisterSettingsList() {
  const list = useQuery({ queryKey: [...REGISTERS_QUERY_KEY, 'list'], queryFn: registersApi.list })
  return { items: list.data?.items, pending: list.isPending, error: list.error }
}
