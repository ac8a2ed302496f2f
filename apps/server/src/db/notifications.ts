import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { DatabaseHandle } from './client.ts'

/**
 * PostgreSQL LISTEN/NOTIFY on one channel, on both databases: PostgreSQL through a connection of its own (outside the
 * pool, reconnected after a loss), PGlite in process. Notifications are transactional (sent at commit) and arrive in
 * commit order. `sync()` is a read barrier: it notifies this listener itself and resolves when that notification
 * comes back, so every notification committed before the call has been handed to `onNotify` by then.
 */
export interface ChangeListener {
  /** Resolves when every notification committed before the call has been delivered; rejects when the link is down. */
  sync(): Promise<void>
  close(): Promise<void>
}

export interface ListenOptions {
  onNotify: (payload: string) => void
  /** The link was (re)made: notifications may have been missed meanwhile. */
  onReset: () => void
  /** How long a barrier may take before it fails (ms). */
  syncTimeoutMs?: number
}

const SAFE_CHANNEL = /^[a-z_]+$/

export async function listenForChanges(
  database: DatabaseHandle,
  channel: string,
  options: ListenOptions,
): Promise<ChangeListener> {
  if (!SAFE_CHANNEL.test(channel)) throw new Error(`unsafe channel name: ${channel}`)
  const prefix = `sync:${randomUUID()}:`
  const waiters = new Map<string, () => void>()
  let next = 0
  const deliver = (payload: string) => {
    if (payload.startsWith(prefix)) {
      waiters.get(payload)?.()
      waiters.delete(payload)
    } else if (!payload.startsWith('sync:')) options.onNotify(payload)
  }
  const link =
    database.kind === 'pglite'
      ? await pgliteLink(database.pglite, channel, deliver)
      : await postgresLink(database.url, channel, deliver, () => {
          for (const fail of waiters.keys()) waiters.delete(fail)
          options.onReset()
        })
  const timeoutMs = options.syncTimeoutMs ?? 2000

  // Calls in the same tick share one barrier.
  let pending: Promise<void> | null = null
  const barrier = () =>
    new Promise<void>((resolve, reject) => {
      const payload = `${prefix}${next++}`
      const timer = setTimeout(() => {
        waiters.delete(payload)
        reject(new Error('notification barrier timed out'))
      }, timeoutMs)
      timer.unref()
      waiters.set(payload, () => {
        clearTimeout(timer)
        resolve()
      })
      link.notify(payload).catch((error: unknown) => {
        clearTimeout(timer)
        waiters.delete(payload)
        reject(error)
      })
    })
  return {
    sync() {
      if (!pending) {
        pending = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          pending = null
          return barrier()
        })
      }
      return pending
    },
    close: () => link.close(),
  }
}

interface Link {
  notify(payload: string): Promise<unknown>
  close(): Promise<void>
}

async function pgliteLink(
  pglite: Extract<DatabaseHandle, { kind: 'pglite' }>['pglite'],
  channel: string,
  deliver: (payload: string) => void,
): Promise<Link> {
  const unlisten = await pglite.listen(channel, deliver)
  return {
    notify: (payload) => pglite.query('select pg_notify($1, $2)', [channel, payload]),
    // The database may already be closed (shutdown order): then there is nothing to stop listening to.
    close: async () => {
      if (!pglite.closed) await unlisten()
    },
  }
}

/** A dedicated connection; after an error it reconnects (after a second) and reports a reset. */
async function postgresLink(
  url: string,
  channel: string,
  deliver: (payload: string) => void,
  reset: () => void,
): Promise<Link> {
  let closed = false
  let client: pg.Client | null = null
  const connect = async () => {
    const fresh = new pg.Client({ connectionString: url, application_name: `vakregister-listen-${channel}` })
    fresh.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) deliver(n.payload)
    })
    fresh.on('error', () => {
      if (client === fresh) client = null
      fresh.end().catch(() => {})
      reset()
      if (!closed) setTimeout(() => void reconnect(), 1000).unref()
    })
    await fresh.connect()
    await fresh.query(`LISTEN ${channel}`)
    client = fresh
    reset()
  }
  const reconnect = () => connect().catch(() => !closed && setTimeout(() => void reconnect(), 1000).unref())
  await connect()
  return {
    notify: (payload) =>
      client
        ? client.query('select pg_notify($1, $2)', [channel, payload])
        : Promise.reject(new Error('not listening')),
    async close() {
      closed = true
      // A connection that already failed has nothing left to end.
      await client?.end().catch(() => {})
    },
  }
}
