import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { count } from 'drizzle-orm'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { users } from '../../modules/identity/identity.tables.ts'
import { problemPlugin } from '../http/problem.ts'
import { readUpload, storagePlugin } from './storage.plugin.ts'
import { storeDocument } from './storage.service.ts'
import { documents } from './storage.tables.ts'
import { tinyPdf, tinyPng } from './test-files.ts'

// A small app with one upload route, as a later module will have: storagePlugin in the route's own scope.
let t: TestApp
let web: FastifyInstance
let owner: string

beforeAll(async () => {
  t = await createTestApp()
  const [row] = await t.database.db
    .insert(users)
    .values({ email: `${randomBytes(5).toString('hex')}@test.vakregister.nl`, passwordHash: 'x' })
    .returning({ id: users.id })
  owner = row!.id
  web = Fastify()
  web.decorate('deps', t.app.deps)
  await web.register(problemPlugin)
  await web.register(async (scope) => {
    await scope.register(storagePlugin)
    scope.post('/upload', async (request, reply) => {
      const upload = await readUpload(request, { field: 'file' })
      const doc = await storeDocument(scope.deps, scope.deps.database.db, {
        ownerUserId: owner,
        purpose: 'diploma',
        fileName: upload.fileName,
        stream: upload.stream,
        field: upload.field,
        locale: upload.locale,
      })
      return reply.status(201).send({ ...doc, note: upload.fields.note ?? null })
    })
  })
  web.post('/elsewhere', async () => ({ ok: true }))
  await web.ready()
})
afterAll(async () => {
  await web.close()
  await t.close()
})

const form = (entries: [string, string | Blob, string?][]) => {
  const data = new FormData()
  for (const [name, value, fileName] of entries) {
    if (typeof value === 'string') data.append(name, value)
    else data.append(name, value, fileName)
  }
  return data
}
const upload = (payload: FormData | string, headers: Record<string, string> = {}) =>
  web.inject({ method: 'POST', url: '/upload', payload, headers })
const storedFiles = () => {
  const dir = join(t.config.dataDir, 'documents')
  if (!existsSync(dir)) return 0
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
}
const rowCount = async () => (await t.database.db.select({ n: count() }).from(documents))[0]!.n

describe('uploading a file through a form', () => {
  it('keeps a PDF sent as multipart/form-data, with the text fields sent before it', async () => {
    const res = await upload(
      form([
        ['note', 'Mijn diploma'],
        ['file', new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }), 'diploma.pdf'],
      ]),
    )
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      mediaType: 'application/pdf',
      originalName: 'diploma.pdf',
      note: 'Mijn diploma',
    })
  })

  it('believes the bytes, not the browser: a PNG sent as application/pdf named scan.pdf is a PNG', async () => {
    const res = await upload(
      form([['file', new Blob([new Uint8Array(tinyPng())], { type: 'application/pdf' }), 'scan.pdf']]),
    )
    expect(res.statusCode).toBe(201)
    expect(res.json().mediaType).toBe('image/png')
  })

  it('refuses a web page named diploma.pdf with a Dutch field error, and keeps nothing', async () => {
    const [files, rows] = [storedFiles(), await rowCount()]
    const html = new Blob(['<html><body>Echt een diploma</body></html>'], { type: 'application/pdf' })
    const res = await upload(form([['file', html, 'diploma.pdf']]))
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json().errors).toEqual([
      { in: 'body', name: 'file', code: 'fileType', reason: 'Kies een PDF-, JPG- of PNG-bestand.' },
    ])
    expect([storedFiles(), await rowCount()]).toEqual([files, rows])
  })

  it('refuses a file of 11 MB with 413 "Het bestand is groter dan 10 MB." and keeps nothing', async () => {
    const [files, rows] = [storedFiles(), await rowCount()]
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20)
    big.write('%PDF-1.7\n')
    const res = await upload(form([['file', new Blob([new Uint8Array(big)]), 'groot.pdf']]))
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({
      detail: 'Het bestand is groter dan 10 MB.',
      errors: [{ in: 'body', name: 'file', reason: 'Het bestand is groter dan 10 MB.' }],
    })
    expect([storedFiles(), await rowCount()]).toEqual([files, rows])
  })

  it('asks for a file when none was sent, or when it came in another field', async () => {
    for (const payload of [
      form([['note', 'vergeten']]),
      form([['bijlage', new Blob([new Uint8Array(tinyPdf())]), 'a.pdf']]),
    ]) {
      const res = await upload(payload)
      expect(res.statusCode).toBe(400)
      expect(res.json().errors).toEqual([{ in: 'body', name: 'file', code: 'required', reason: 'Kies een bestand.' }])
    }
  })

  it('says in English what went wrong when the person prefers English', async () => {
    const html = new Blob(['<html></html>'])
    const res = await upload(form([['file', html, 'diploma.pdf']]), { 'accept-language': 'en-GB,en' })
    expect(res.json().errors[0].reason).toBe('Choose a PDF, JPG or PNG file.')
  })

  it('answers 415 to JSON, and 400 to a multipart body that is cut off', async () => {
    const json = await upload(JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' })
    expect(json.statusCode).toBe(415)
    expect(json.json().detail).toBe('Stuur het bestand als multipart/form-data.')

    const cut = [
      '--grens',
      'Content-Disposition: form-data; name="file"; filename="diploma.pdf"',
      'Content-Type: application/pdf',
      '',
      '%PDF-1.4 en dan houdt het op',
    ].join('\r\n')
    const res = await upload(cut, { 'content-type': 'multipart/form-data; boundary=grens' })
    expect(res.statusCode).toBe(400)
    expect(res.json().errors[0]).toMatchObject({
      name: 'file',
      reason: expect.stringContaining('niet goed aangekomen'),
    })
  })

  it('only accepts multipart in the scope that registered storagePlugin', async () => {
    const res = await web.inject({ method: 'POST', url: '/elsewhere', payload: form([['note', 'x']]) })
    expect(res.statusCode).toBe(415)
  })
})
