import { useQuery } from '@tanstack/react-query'
import { request } from '../../../lib/api.ts'

// Norm versions of a register (listNormVersions, addNormVersion) and the public list of registers (listRegisters).

export interface Bounds {
  minimum: number | null
  maximum: number | null
}

export interface NormVersion {
  id: string
  registerId: string
  version: number
  validFrom: string
  totalPoints: number
  categories: { training: Bounds; reflection: Bounds; freeChoice: Bounds }
  capPerActivity: number | null
  proRata: boolean
  note: string
  createdAt: string
  current: boolean
}

export type NormInput = Partial<Omit<NormVersion, 'id' | 'registerId' | 'version' | 'createdAt' | 'current'>>

export interface RegisterItem {
  id: string
  name: string
  cycleYears: number
}

const segment = encodeURIComponent

export const normsApi = {
  list: (registerId: string) =>
    request<{ items: NormVersion[]; total: number }>('GET', `/registers/${segment(registerId)}/norm-versions`, {
      query: { pageSize: 100 },
    }),
  add: (registerId: string, body: NormInput) =>
    request<NormVersion>('POST', `/registers/${segment(registerId)}/norm-versions`, { body }),
  registers: () => request<{ items: RegisterItem[] }>('GET', '/registers'),
}

export const NORMS_KEY = ['norms'] as const

export const useNormVersions = (registerId: string) =>
  useQuery({ queryKey: [...NORMS_KEY, registerId], queryFn: () => normsApi.list(registerId) })

export const useRegisterList = () => useQuery({ queryKey: [...NORMS_KEY, 'registers'], queryFn: normsApi.registers })
