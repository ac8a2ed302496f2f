import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const rootDir = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningServer {
  /** http://localhost:PORT — the same as the server's PUBLIC_URL. */
  baseUrl: string
  port: number
  dataDir: string
  /** Everything the server printed so far (stdout and stderr). */
  output(): string
  stop(): Promise<void>
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts the real server as a child process (`node apps/server/src/server.ts`) on a fresh PGlite data folder,
 * with demo data, sending mail to the given SMTP port, and waits until /api/v1/health/ready answers.
 */
export async function startServer(options: { smtpPort: number; env?: Record<string, string> }): Promise<RunningServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'vakregister-e2e-'))
  const baseUrl = `http://localhost:${port}`
  let output = ''
  const child: ChildProcess = spawn(process.execPath, ['apps/server/src/server.ts'], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: process.env.TZ ?? 'Europe/Amsterdam',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATA_DIR: dataDir,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(options.smtpPort),
      SMTP_SECURE: 'false',
      SEED_DEMO: 'true',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      ...options.env,
    },
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }

  const deadline = Date.now() + 120_000
  let ready = false
  while (!ready) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`The server stopped before it was ready (exit ${child.exitCode}):\n${output}`)
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`The server was not ready within 120 s:\n${output}`)
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`)
      ready = response.ok
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { baseUrl, port, dataDir, output: () => output, stop }
}
