import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiError } from '../../../lib/api.ts'
import { type AttendanceImport, attendanceApi, attendanceKey } from '../api/attendance-api.ts'

/** The state of one check → confirm/cancel flow: the current check, busy, and an error message of confirm/cancel. */
export function useImportFlow(runId: string, fallback: string) {
  const queryClient = useQueryClient()
  const [check, setCheck] = useState<AttendanceImport | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function act(action: 'confirm' | 'cancel') {
    if (!check) return
    setBusy(true)
    setError(null)
    try {
      setCheck(await attendanceApi[action](check.id))
    } catch (e) {
      setError(e instanceof ApiError && e.detail ? e.detail : fallback)
    } finally {
      setBusy(false)
      await queryClient.invalidateQueries({ queryKey: attendanceKey(runId) })
    }
  }

  return {
    check,
    setCheck,
    busy,
    setBusy,
    error,
    confirm: () => act('confirm'),
    cancel: () => act('cancel'),
    refresh: () => queryClient.invalidateQueries({ queryKey: attendanceKey(runId) }),
  }
}
