import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { tinyPng } from '../../platform/storage/test-files.ts'
import { users } from '../identity/identity.tables.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { createRun } from './points.attendance.fixtures.ts'
import { attendanceImports, attendances } from './points.attendance.tables.ts'
import { pointsLedger } from './points.tables.ts'

let t: TestApp
let staff: LoggedIn
let otherStaff: LoggedIn
let registerId: string

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2026-06-01T10:00:00Z')
  registerId = (await createRegister(t, 'FI')).id
  staff = await loginAs(t, 'provider_staff')
  otherStaff = await loginAs(t, 'provider_staff')
})
afterAll(() => t.close())

const api = (who: LoggedIn | null, method: 'GET' | 'POST', url: string, payload?: object | FormData) =>
  t.app.inject({ method, url, headers: who ? who.headers : {}, ...(payload !== undefined ? { payload } : {}) })

const fileForm = (bytes: Buffer | string, name = 'presentie.csv', type = 'text/csv') => {
  const form = new FormData()
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name)
  return form
}

async function registrants(n: number, options: { approvedOn?: string } = {}) {
  const list = []
  for (let i = 0; i < n; i++)
    list.push(await createRegistration(t, registerId, { surname: `Deelnemer${i}`, ...options }))
  return list
}

const ledgerCount = async (runId: string) => {
  const rows = await t.database.db
    .select({ id: pointsLedger.id })
    .from(pointsLedger)
    .innerJoin(attendances, eq(attendances.id, pointsLedger.sourceId))
    .where(eq(attendances.runId, runId))
  return rows.length
}

describe('uploading a file', () => {
  it('reads a CSV with a BOM, a header, ; as separator, numbers and e-mail addresses: 2 unknown numbers and 1 duplicate', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const [a, b, c] = await registrants(3)
    const [emailOfC] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, c!.userId))
    const csv =
      '\uFEFFnaam;registratienummer\r\n' +
      `Jan;${a!.registrationNumber}\r\n` +
      `Piet;"${b!.registrationNumber}"\r\n` +
      'Kees;FI-900001\r\n\r\n' +
      `Els;${emailOfC!.email.toUpperCase()}\r\n` +
      'Ans;FI-900002\r\n' +
      `Jan;${a!.registrationNumber}\r\n`
    const res = await api(staff, 'POST', `/api/v1/runs/${run.id}/attendance-files`, fileForm(csv))
    expect(res.statusCode).toBe(201)
    const check = res.json()
    expect(check).toMatchObject({ kind: 'file', fileName: 'presentie.csv' })
    expect(check.counts).toMatchObject({ matched: 3, unmatched: 2, duplicate: 1 })
    expect(check.report.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
      [2, 'matched'],
      [3, 'matched'],
      [4, 'unmatched'],
      [6, 'matched'],
      [7, 'unmatched'],
      [8, 'duplicate'],
    ])
    expect(await ledgerCount(run.id)).toBe(0)
    expect((await api(staff, 'POST', `/api/v1/attendance-imports/${check.id}/confirmation`)).json().bookedCount).toBe(3)
    expect(await ledgerCount(run.id)).toBe(3)
  })

  it('reads an Excel file (.xlsx) without a header, the number in any column', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const [a, b] = await registrants(2)
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Presentie')
    sheet.addRow([a!.registrationNumber, 'Jan'])
    sheet.addRow(['Piet', b!.registrationNumber])
    sheet.addRow(['FI-900003'])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const res = await api(
      staff,
      'POST',
      `/api/v1/runs/${run.id}/attendance-files`,
      fileForm(bytes, 'lijst.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    )
    expect(res.statusCode).toBe(201)
    expect(res.json().report.map((r: { value: string; outcome: string }) => [r.value, r.outcome])).toEqual([
      [a!.registrationNumber, 'matched'],
      [b!.registrationNumber, 'matched'],
      ['FI-900003', 'unmatched'],
    ])
  })

  it('refuses a file that is not really CSV or XLSX, not UTF-8, empty, missing or too large — 400/413 in Dutch, nothing stored', async () => {
    const { run } = await createRun(t, staff.organisationId!)
    const url = `/api/v1/runs/${run.id}/attendance-files`
    const png = await api(staff, 'POST', url, fileForm(tinyPng(), 'presentie.csv'))
    expect(png.statusCode).toBe(400)
    expect(png.json().errors[0]).toMatchObject({ name: 'file', reason: expect.stringMatching(/CSV-bestand/) })
    const latin1 = await api(staff, 'POST', url, fileForm(Buffer.from('FI-000001;Jos\u00e9\n', 'latin1')))
    expect(latin1.statusCode).toBe(400)
    const fakeZip = await api(staff, 'POST', url, fileForm(Buffer.from('PK\u0003\u0004 niets', 'latin1'), 'x.xlsx'))
    expect(fakeZip.statusCode).toBe(400)
    const brokenXlsx = Buffer.concat([Buffer.from('PK\u0003\u0004[Content_Types].xml xl/workbook.xml', 'latin1')])
    const broken = await api(staff, 'POST', url, fileForm(brokenXlsx, 'x.xlsx'))
    expect(broken.statusCode).toBe(400)
    expect(broken.json().errors[0].reason).toMatch(/kunnen dit Excel-bestand niet lezen/)
    const empty = await api(staff, 'POST', url, fileForm('registratienummer\n\n'))
    expect(empty.statusCode).toBe(400)
    expect(empty.json().errors[0].reason).toMatch(/geen registratienummers/)
    const none = new FormData()
    none.append('note', 'geen bestand')
    expect((await api(staff, 'POST', url, none)).statusCode).toBe(400)
    const big = await api(staff, 'POST', url, fileForm(Buffer.alloc(10 * 1024 * 1024 + 10, 'a')))
    expect(big.statusCode).toBe(413)
    const json = await api(staff, 'POST', url, { file: 'x' })
    expect(json.statusCode).toBe(415)
    expect(await t.database.db.select().from(attendanceImports).where(eq(attendanceImports.runId, run.id))).toEqual([])
    expect((await api(otherStaff, 'POST', url, fileForm('FI-000001'))).statusCode).toBe(403)
    expect((await api(null, 'POST', url, fileForm('FI-000001'))).statusCode).toBe(401)
  })
})
