/** autocannon with a different request each time, and the figures `bench/registrations.ts` reports. */
import { readFileSync } from 'node:fs'
import net from 'node:net'
import autocannon from 'autocannon'

export interface Figure {
  name: string
  requestsPerSecond: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  maxMs: number
  requests: number
  /** Responses by status code, e.g. { 200: 81234 }. */
  statuses: Record<string, number>
  errors: number
  /** The status every response should have had (200, or 304 for a revalidation with If-None-Match). */
  expectedStatus: number
  /** CPU time (user + system) of the server process per request, in µs; only for the app. */
  serverCpuUsPerRequest?: number
}

export interface NextRequest {
  path: string
  headers?: Record<string, string>
}

/**
 * Gives every new autocannon connection its own client address (127.0.0.2, 127.0.0.3, …; all of 127/8 is this
 * machine), so the app's per-address rate limit sees many visitors, as in production, instead of one address
 * whose counter row every request would queue on. autocannon calls `net.connect(port, host)`.
 */
export function spreadClientAddresses(): void {
  const original = net.connect
  let next = 0
  net.connect = ((...args: unknown[]) => {
    if (typeof args[0] === 'number' && typeof args[1] === 'string' && args.length === 2) {
      const n = next++ % 60_000
      const localAddress = `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`
      return original({ port: args[0], host: args[1], localAddress })
    }
    return (original as (...a: unknown[]) => net.Socket)(...args)
  }) as typeof net.connect
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux; clock ticks of 10 ms). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

/**
 * Loads `baseUrl` for `duration` seconds with `connections` connections, every request made by `next()` (a
 * random number, a random name), after an uncounted warm-up. Measures the server's CPU when `serverPid` is given.
 */
export async function measure(options: {
  name: string
  baseUrl: string
  next: () => NextRequest
  connections: number
  duration: number
  warmup: number
  expectedStatus?: number
  serverPid?: number
}): Promise<Figure> {
  const run = (duration: number) =>
    autocannon({
      url: options.baseUrl,
      connections: options.connections,
      duration,
      requests: [
        {
          setupRequest: (request) => {
            const next = options.next()
            return { ...request, path: next.path, headers: { ...request.headers, ...next.headers } }
          },
        },
      ],
    })
  if (options.warmup > 0) await run(options.warmup)
  const cpuBefore = options.serverPid ? cpuSecondsOf(options.serverPid) : 0
  const result = await run(options.duration)
  const cpu = options.serverPid ? cpuSecondsOf(options.serverPid) - cpuBefore : 0
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]))
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0)
  const figure: Figure = {
    name: options.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests,
    statuses,
    errors: result.errors + result.timeouts,
    expectedStatus: options.expectedStatus ?? 200,
    serverCpuUsPerRequest: options.serverPid && requests ? (cpu / requests) * 1e6 : undefined,
  }
  console.log(
    `  ${figure.name}: ${Math.round(figure.requestsPerSecond)} req/s, p50 ${figure.p50Ms} ms, p99 ${figure.p99Ms} ms` +
      `, statuses ${JSON.stringify(statuses)}${figure.errors ? `, ${figure.errors} errors` : ''}` +
      (figure.serverCpuUsPerRequest ? `, server CPU ${Math.round(figure.serverCpuUsPerRequest)} µs/request` : ''),
  )
  return figure
}

/** Responses that are not the expected status, and connection errors: must be 0 for a valid run (as must be a
 * measurement in which no response came back at all). */
export const unexpected = (f: Figure) =>
  (f.requests === 0 ? 1 : 0) +
  f.errors +
  Object.entries(f.statuses).reduce((sum, [code, n]) => sum + (Number(code) === f.expectedStatus ? 0 : n), 0)
