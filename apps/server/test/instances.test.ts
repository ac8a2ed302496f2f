import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.ts'
import { openDatabase } from '../src/db/client.ts'
import { api, createEvent } from '../src/modules/events/events.test-fixtures.ts'
import { startBackgroundWork } from '../src/platform/jobs/background.ts'
import { createJobs } from '../src/platform/jobs/jobs.ts'
import { outboxMails } from '../src/platform/mail/mail.tables.ts'
import { createTestApp, TEST_JOBS, type TestApp } from './app.ts'
import { loginAs } from './auth.ts'
import { testDbKind } from './database.ts'

// Two stateless app instances against one PostgreSQL: sessions, rate limits and jobs live in the database.
// PGlite is an embedded, single-process database, so this only applies to PostgreSQL.
describe.runIf(testDbKind() === 'postgres')('two app instances side by side on one PostgreSQL', () => {
  let first: TestApp
  let second: Awaited<ReturnType<typeof startSecond>>

  async function startSecond() {
    if (first.database.kind !== 'postgres') throw new Error('postgres only')
    const database = await openDatabase({ databaseUrl: first.database.url })
    const jobs = createJobs(database, TEST_JOBS)
    const config = { ...first.config, runWorkers: true }
    const app = await buildApp({ config, database, jobs })
    await app.ready()
    const background = await startBackgroundWork(app.deps)
    return {
      app,
      close: async () => {
        await background.stop()
        await app.close()
        await database.close()
      },
    }
  }

  beforeAll(async () => {
    first = await createTestApp({ RUN_WORKERS: 'false' })
    second = await startSecond()
  })
  afterAll(async () => {
    await second?.close()
    await first?.close()
  })

  it('a session made on one instance works on the other, and logging out there ends it everywhere', async () => {
    const professional = await loginAs(first, 'professional')
    const onSecond = await second.app.inject({ method: 'GET', url: '/api/v1/me', headers: professional.headers })
    expect(onSecond.statusCode).toBe(200)
    expect(onSecond.json().email).toBe(professional.email)

    const logout = await second.app.inject({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      headers: professional.headers,
    })
    expect(logout.statusCode).toBe(204)
    const onFirst = await first.app.inject({ method: 'GET', url: '/api/v1/me', headers: professional.headers })
    expect(onFirst.statusCode).toBe(401)
  })

  it('a mail queued by the instance without workers is sent by the instance with workers', async () => {
    const answer = await first.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { email: (await loginAs(first, 'professional')).email },
    })
    expect(answer.statusCode).toBe(202)
    const deadline = Date.now() + 15_000
    let status = 'pending'
    while (Date.now() < deadline && status !== 'sent') {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const [mail] = await first.database.db
        .select({ status: outboxMails.status })
        .from(outboxMails)
        .where(eq(outboxMails.template, 'identity.password-reset'))
      status = mail?.status ?? 'pending'
    }
    expect(status).toBe('sent')
  })
  it('the agenda in memory on one instance shows a sign-up made on the other in the very next answer', async () => {
    const provider = await loginAs(first, 'provider_staff', { remoteAddress: '198.51.100.170' })
    const anna = await loginAs(first, 'professional', { remoteAddress: '198.51.100.171' })
    const list = async () =>
      (await second.app.inject({ method: 'GET', url: '/api/v1/events?pageSize=100' })).json() as {
        items: { id: string; placesLeft: number }[]
      }
    await list() // the second instance has loaded its agenda
    const event = await createEvent(first, provider, { capacity: 3 })
    expect((await list()).items.find((e) => e.id === event.id)?.placesLeft).toBe(3)
    const signUp = await api(first).post(anna, `/events/${event.id}/sign-ups`)
    expect(signUp.statusCode).toBe(201)
    expect((await list()).items.find((e) => e.id === event.id)?.placesLeft).toBe(2)
  })
})
