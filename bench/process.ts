import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

export const rootDir = fileURLToPath(new URL('../', import.meta.url))

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

/** Resident memory of a process in MB: now (VmRSS) and the peak so far (VmHWM). Linux only. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0)
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
}

export interface Started {
  child: ChildProcess
  /** Milliseconds from spawn until the ready URL answered 200. */
  readyMs: number
  output: () => string
  stop(): Promise<void>
}

/** Spawns `node <args>` and polls `readyUrl` every 25 ms until it answers 200. */
export async function startAndWait(
  args: string[],
  readyUrl: string,
  env: Record<string, string | undefined>,
  timeoutMs = 180_000,
): Promise<Started> {
  let output = ''
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
  }
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} stopped (exit ${child.exitCode}):\n${output}`)
    if (performance.now() - started > timeoutMs) {
      await stop()
      throw new Error(`${args.join(' ')} not ready within ${timeoutMs} ms:\n${output}`)
    }
    try {
      const response = await fetch(readyUrl)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return { child, readyMs: performance.now() - started, output: () => output, stop }
}
