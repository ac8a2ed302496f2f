import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Readable } from 'node:stream'

/**
 * Where document bytes live. Keys are relative paths made by the service (`ab/<uuid>`), never from user input.
 * The filesystem driver below is the default; an S3-compatible driver can implement the same three calls.
 */
export interface DocumentStorage {
  /** Writes all bytes of `source` under `key`, atomically: when `source` throws, nothing is left behind. */
  put(key: string, source: AsyncIterable<Uint8Array>): Promise<void>
  /** Opens the bytes under `key`; rejects (code ENOENT) when there are none. */
  get(key: string): Promise<{ stream: Readable; sizeBytes: number }>
  /** Removes the bytes under `key`; no error when they are already gone. */
  delete(key: string): Promise<void>
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/

function checkKey(key: string) {
  if (!KEY.test(key)) throw new Error(`invalid document storage key: ${key}`)
}

/**
 * Files under one folder (`<DATA_DIR>/documents`), outside the web root, readable only by the server's user.
 * With several instances this folder must be shared storage (e.g. NFS), or use an object-store driver.
 */
export class FileSystemStorage implements DocumentStorage {
  readonly root: string

  constructor(root: string) {
    this.root = root
  }

  async put(key: string, source: AsyncIterable<Uint8Array>): Promise<void> {
    checkKey(key)
    const target = join(this.root, key)
    // Bytes arrive in `.incoming` and move into place only when complete and accepted. Both folders are on the
    // same filesystem, so the rename is atomic (also on one shared filesystem); a refused file leaves nothing.
    const incoming = join(this.root, '.incoming')
    await mkdir(incoming, { recursive: true, mode: 0o700 })
    const temp = join(incoming, `${randomBytes(12).toString('hex')}.tmp`)
    const handle = await open(temp, 'wx', 0o600)
    try {
      for await (const chunk of source) await handle.write(chunk)
      await handle.sync()
      await handle.close()
      await mkdir(dirname(target), { recursive: true, mode: 0o700 })
      await rename(temp, target)
    } catch (error) {
      await handle.close().catch(() => {})
      await unlink(temp).catch(() => {})
      throw error
    }
  }

  async get(key: string): Promise<{ stream: Readable; sizeBytes: number }> {
    checkKey(key)
    const handle = await open(join(this.root, key), 'r')
    const { size } = await handle.stat()
    return { stream: handle.createReadStream(), sizeBytes: size }
  }

  async delete(key: string): Promise<void> {
    checkKey(key)
    await unlink(join(this.root, key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
  }
}
