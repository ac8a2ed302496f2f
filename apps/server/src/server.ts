import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.ts'
import { ConfigError, loadConfig } from './config/config.ts'
import { openDatabase } from './db/client.ts'
import { migrateDatabase } from './db/migrate.ts'
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
  const app = await buildApp({ config, database }, { logger: loggerOptions(config.logLevel) })

  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, 'shutting down after error')
    await app.close()
    await database.close()
  })

  await app.listen({ port: config.port, host: config.host })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const where = database.kind === 'pglite' ? `ingebouwde database in ${config.dataDir}` : 'PostgreSQL'
  console.log(`\nVakregister draait op ${config.publicUrl} (${where}, gestart in ${seconds} s)\n`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
