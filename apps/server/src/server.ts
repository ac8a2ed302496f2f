import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config/config.ts'
import { openDatabase } from './db/client.ts'
import { migrateDatabase } from './db/migrate.ts'
import { type DemoLogin, demoLogins, hasDemoData, seedDemoData } from './db/seed.ts'
import { startBackgroundWork } from './platform/jobs/background.ts'
import { createJobs } from './platform/jobs/jobs.ts'
import { loggerOptions } from './platform/logging.ts'

async function main() {
  const started = performance.now()
  let config: ReturnType<typeof loadConfig>
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(78)
    }
    throw error
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  await migrateDatabase(database)
  const jobs = createJobs(database, { onError: (err) => app.log.error({ err }, 'job queue error') })
  const app = await buildApp({ config, database, jobs }, { logger: loggerOptions(config.logLevel) })
  // pg-boss: its schema on first start, then the workers (RUN_WORKERS) that send the outbox mails.
  const background = await startBackgroundWork(app.deps)

  let seeded = false
  if (config.seedDemo && config.nodeEnv !== 'production') seeded = await seedDemoData(app.deps)

  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after error')
    await app.close() // stop taking requests, finish the running ones
    await background.stop() // let running jobs finish
    await database.close()
  })

  await app.listen({ port: config.port, host: config.host })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const where = database.kind === 'pglite' ? `ingebouwde database in ${config.dataDir}` : 'PostgreSQL'
  console.log(`\nVakregister draait op ${config.publicUrl} (${where}, gestart in ${seconds} s)\n`)
  if (config.nodeEnv !== 'production' && (seeded || (config.seedDemo && (await hasDemoData(app.deps))))) {
    console.log(formatDemoLogins(demoLogins(), config.publicUrl, seeded))
  }
  if (!config.smtp) console.log(`Mails staan als .eml-bestanden in ${config.dataDir}/mail\n`)
}

function formatDemoLogins(logins: DemoLogin[], publicUrl: string, fresh: boolean): string {
  const width = Math.max(...logins.map((l) => l.role.length))
  const mfa = logins.find((l) => l.totpSecret)
  const lines = [
    fresh ? 'Demodata geladen. Inloggen als:' : 'Demo-accounts (demodata stond er al). Inloggen als:',
    ...logins.map((l) => `  ${l.role.padEnd(width)}  ${l.email}${l.totpSecret ? '  (MFA)' : ''}`),
    '',
    `  Wachtwoord voor alle demo-accounts: ${logins[0]?.password}`,
    `  Log in op ${publicUrl}/inloggen`,
  ]
  if (mfa) {
    lines.push(
      `  Accounts met (MFA) vragen een code uit een authenticator-app met dit TOTP-geheim: ${mfa.totpSecret}`,
      '  of voeg het account toe met de otpauth-URI:',
      ...logins.filter((l) => l.otpauthUri).map((l) => `    ${l.otpauthUri}`),
    )
  }
  return `${lines.join('\n')}\n`
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
