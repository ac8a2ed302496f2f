/**
 * `npm run audit:verify`: walks the audit trail and recomputes every hash. Uses the app's configuration
 * (DATABASE_URL, or the embedded database in DATA_DIR). Exit 0 when the chain is whole, 1 when it is broken.
 */
import { ConfigError, loadConfig } from '../src/config/config.ts'
import { openDatabase } from '../src/db/client.ts'
import { verifyAuditChain } from '../src/platform/audit/audit.chain.ts'

async function main() {
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
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 })
  try {
    const result = await verifyAuditChain(database.db)
    if (result.ok) {
      console.log(
        `Audittrail in orde: ${result.checked} gebeurtenissen gecontroleerd (laatste hash ${result.lastHash}).`,
      )
      return 0
    }
    const why =
      result.brokenAt.reason === 'prev-hash-mismatch'
        ? 'verwijst niet naar de hash van de gebeurtenis ervoor'
        : 'heeft een hash die niet klopt met de inhoud'
    console.error(
      `Audittrail GEBROKEN bij gebeurtenis ${result.brokenAt.id}: die ${why} (${result.brokenAt.reason}). ` +
        `${result.checked} gebeurtenissen ervoor zijn in orde.`,
    )
    return 1
  } finally {
    await database.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error)
    process.exit(2)
  },
)
