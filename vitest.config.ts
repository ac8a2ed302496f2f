import { defineConfig } from 'vitest/config'

// One run, several projects: the server suite on PGlite, the same suite on PostgreSQL when
// TEST_DATABASE_URL is set, and the browser journeys (e2e) in Debian's chromium.
const serverSuite = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['apps/server/**/*.test.ts'],
    environment: 'node',
    globalSetup: [`apps/server/test/global-setup.${name}.ts`],
    env: { VITEST_DB: name, NODE_ENV: 'test' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The test files of a worker share their modules (the app is imported once per worker, not once per file):
    // each file still builds its own app on its own database. Measured on 2 cores: the PGlite suite 161 s and the
    // PostgreSQL suite 139 s without isolation, against about 450 s and 310 s with it. So no module mocks
    // (`vi.mock`) in server tests: they would leak into, or miss, the other files of the worker.
    isolate: false,
  },
})

const projects: any[] = [
  serverSuite('pglite'),
  { test: { name: 'web', include: ['apps/web/src/**/*.test.ts'], environment: 'node' } },
]
if (process.env.TEST_DATABASE_URL) projects.push(serverSuite('postgres'))
if (process.env.SKIP_E2E !== '1') {
  projects.push({
    test: {
      name: 'e2e',
      include: ['e2e/**/*.e2e.ts'],
      environment: 'node',
      globalSetup: ['e2e/support/global-setup.ts'],
      env: { NODE_ENV: 'test' },
      testTimeout: 120_000,
      hookTimeout: 180_000,
      // Two journey files at a time: each has its own server, database, mailbox and browser, and much of a
      // journey is waiting (server start, page loads, mail), so two overlap well even on two cores.
      maxWorkers: 2,
    },
  })
}

// Two test files at a time (Vitest's default on two cores is one). A server test spends much of its time waiting for
// the database or a mail; measured on 2 cores: the PostgreSQL suite 314 s and the PGlite suite 456 s with two,
// while another engineer's work ran beside them.
export default defineConfig({ test: { projects, maxWorkers: 2 } })
