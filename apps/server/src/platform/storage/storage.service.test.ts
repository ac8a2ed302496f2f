import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type StaffRole, users } from '../../modules/identity/identity.tables.ts'
import type { RequestContext } from '../auth/actor.ts'
import { AppError } from '../http/errors.ts'
import { documentStorage, openDocument, storeDocument } from './storage.service.ts'
import { documents } from './storage.tables.ts'
import { tinyJpeg, tinyPdf, tinyPng } from './test-files.ts'

let t: TestApp
let sanne: string
let pieter: string
let office: string
let admin: string

async function createUser(staffRoles: StaffRole[] = []) {
  const [row] = await t.database.db
    .insert(users)
    .values({ email: `${randomBytes(5).toString('hex')}@test.vakregister.nl`, passwordHash: 'x', staffRoles })
    .returning({ id: users.id })
  return row!.id
}

const as = (userId: string | null, staffRoles: StaffRole[] = []): RequestContext => ({
  actor: userId ? { userId, staffRoles, memberships: [], sessionId: null } : null,
  requestId: 'test',
  origin: '127.0.0.1',
  locale: 'nl',
})

const documentsDir = () => join(t.config.dataDir, 'documents')
/** Every file under the documents folder (also temporary ones), relative. */
function storedFiles(): string[] {
  if (!existsSync(documentsDir())) return []
  return readdirSync(documentsDir(), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(documentsDir(), join(entry.parentPath, entry.name)))
}
const rowCount = async () => (await t.database.db.select({ n: count() }).from(documents))[0]!.n

/** Rejects with this AppError status and field reason. */
async function refused(promise: Promise<unknown>, status: number, reason: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).status).toBe(status)
  expect((error as AppError).errors).toEqual([expect.objectContaining({ in: 'body', name: 'file', reason })])
}

/** A stream of `size` bytes that starts like a PDF, in 64 KiB chunks. */
function pdfLikeStream(size: number) {
  let sent = 0
  return new Readable({
    read() {
      if (sent >= size) return this.push(null)
      const chunk = Buffer.alloc(Math.min(65_536, size - sent), 0x20)
      if (sent === 0) chunk.write('%PDF-1.7\n')
      sent += chunk.length
      this.push(chunk)
    },
  })
}

beforeAll(async () => {
  t = await createTestApp()
  ;[sanne, pieter, office, admin] = await Promise.all([
    createUser(),
    createUser(),
    createUser(['register_office']),
    createUser(['admin']),
  ])
})
afterAll(() => t.close())

describe('keeping an uploaded diploma', () => {
  it.each([
    ['diploma.pdf', tinyPdf(), 'application/pdf'],
    ['diploma.jpg', tinyJpeg(), 'image/jpeg'],
    ['diploma.png', tinyPng(), 'image/png'],
  ] as const)('accepts %s as %s, with its size and sha256, stored outside the web root', async (name, bytes, type) => {
    const doc = await storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: name,
      stream: Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]),
    })
    expect(doc).toMatchObject({ ownerUserId: sanne, purpose: 'diploma', originalName: name, mediaType: type })
    expect(doc.sizeBytes).toBe(bytes.length)
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(doc.storagePath).toBe(`${doc.id.slice(0, 2)}/${doc.id}`)
    expect(readFileSync(join(documentsDir(), doc.storagePath))).toEqual(bytes)
  })

  it('takes the type from the content: a PNG called diploma.pdf is a PNG and downloads as diploma.png', async () => {
    const doc = await storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: 'diploma.pdf',
      buffer: tinyPng(),
    })
    expect(doc.mediaType).toBe('image/png')
    const opened = await openDocument(t.app.deps, as(sanne), doc.id)
    opened.stream.destroy()
    expect(opened.fileName).toBe('diploma.png')
  })

  it.each([
    ['a web page', '<!doctype html><script>alert(1)</script>'],
    ['a Windows program', 'MZ\x90\x00\x03\x00\x00\x00\x04\x00'],
    ['an empty file', ''],
  ])('refuses %s called diploma.pdf and keeps nothing of it', async (_, content) => {
    const before = await rowCount()
    const files = storedFiles()
    const store = storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: 'diploma.pdf',
      stream: Readable.from([Buffer.from(content, 'latin1')]),
    })
    await refused(store, 400, 'Kies een PDF-, JPG- of PNG-bestand.')
    expect(storedFiles()).toEqual(files)
    expect(await rowCount()).toBe(before)
  })

  it('refuses a file of 11 MB while reading it, and leaves no file behind', async () => {
    const before = await rowCount()
    const files = storedFiles()
    const store = storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: 'groot.pdf',
      stream: pdfLikeStream(11 * 1024 * 1024),
    })
    await refused(store, 413, 'Het bestand is groter dan 10 MB.')
    expect(storedFiles()).toEqual(files)
    expect(await rowCount()).toBe(before)
  })

  it('accepts a file of exactly 10 MiB', async () => {
    const doc = await storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: 'precies.pdf',
      stream: pdfLikeStream(10 * 1024 * 1024),
    })
    expect(doc.sizeBytes).toBe(10 * 1024 * 1024)
  })

  it('removes the file again when the row cannot be written (an owner that does not exist)', async () => {
    const files = storedFiles()
    await expect(
      storeDocument(t.app.deps, t.database.db, {
        ownerUserId: '99999999-9999-4999-8999-999999999999',
        purpose: 'diploma',
        fileName: 'diploma.pdf',
        buffer: tinyPdf(),
      }),
    ).rejects.toThrow()
    expect(storedFiles()).toEqual(files)
  })

  it('never uses the name in the path: ../../etc/passwd is kept as the name "passwd" and is harmless', async () => {
    const doc = await storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: '../../etc/passwd',
      buffer: tinyPdf(),
    })
    expect(doc.originalName).toBe('passwd')
    expect(doc.storagePath).toMatch(/^[0-9a-f]{2}\/[0-9a-f-]{36}$/)
    expect(existsSync(join(t.config.dataDir, 'etc'))).toBe(false)
    expect(storedFiles().some((file) => /passwd|diploma|\.pdf|\.png|\.jpg/.test(file))).toBe(false)
  })
})

describe('opening a document', () => {
  let docId: string
  beforeAll(async () => {
    const doc = await storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: 'Getuigschrift "Zoë".pdf',
      buffer: tinyPdf(),
    })
    docId = doc.id
  })

  it('the owner gets the bytes, the type and a safe download name', async () => {
    const opened = await openDocument(t.app.deps, as(sanne), docId)
    expect(opened.mediaType).toBe('application/pdf')
    expect(opened.sizeBytes).toBe(tinyPdf().length)
    expect(await text(opened.stream)).toBe(tinyPdf().toString('latin1'))
    expect(opened.contentDisposition).toBe(
      `attachment; filename="Getuigschrift Zoe.pdf"; filename*=UTF-8''Getuigschrift%20Zo%C3%AB.pdf`,
    )
  })

  it('the register office may open it too', async () => {
    const opened = await openDocument(t.app.deps, as(office, ['register_office']), docId)
    expect(await text(opened.stream)).toContain('%PDF-1.4')
  })

  it('another professional, or an admin, gets the same 404 as for a document that does not exist', async () => {
    for (const ctx of [as(pieter), as(admin, ['admin'])]) {
      await expect(openDocument(t.app.deps, ctx, docId)).rejects.toMatchObject({ status: 404, code: 'not-found' })
    }
    for (const id of ['5e0c1d57-0000-4000-8000-000000000000', 'not-a-uuid', '../../etc/passwd']) {
      await expect(openDocument(t.app.deps, as(pieter), id)).rejects.toMatchObject({ status: 404 })
    }
  })

  it('without a log-in the answer is 401', async () => {
    await expect(openDocument(t.app.deps, as(null), docId)).rejects.toMatchObject({ status: 401 })
  })

  it('a document whose bytes were erased is 410 Gone with a Dutch message, not a server error', async () => {
    const doc = await storeDocument(t.app.deps, t.database.db, {
      ownerUserId: sanne,
      purpose: 'diploma',
      fileName: 'wordt-gewist.pdf',
      buffer: tinyPdf(),
    })
    await documentStorage(t.app.deps).delete(doc.storagePath)
    await expect(openDocument(t.app.deps, as(sanne), doc.id)).rejects.toMatchObject({
      status: 410,
      detail: expect.stringContaining('verwijderd'),
    })
  })
})
