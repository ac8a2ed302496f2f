import { resolve } from 'node:path'

export type NodeEnv = 'development' | 'test' | 'production'

export interface SmtpConfig {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
  from: string
}

export interface Config {
  nodeEnv: NodeEnv
  port: number
  host: string
  dataDir: string
  databaseUrl?: string
  publicUrl: string
  corsOrigins: string[]
  logLevel: string
  /** SMTP server; when absent (embedded default) mail is written as .eml files to `<dataDir>/mail`. */
  smtp?: SmtpConfig
  mailFrom: string
  metricsToken?: string
  /** Seed demo data on first start. Defaults to true except in production. */
  seedDemo: boolean
  /** Run the mail worker in this process. */
  runWorkers: boolean
  /**
   * Public register lookups per IP address per minute (PUBLIC_LOOKUP_LIMIT_PER_MINUTE, default 60). Only a load
   * benchmark raises it (bench/registrations.ts); production refuses a value above 60.
   */
  publicLookupLimitPerMinute: number
  /**
   * Secret for the HMAC-SHA256 signature of event tickets (TICKET_SECRET, at least 32 characters). Outside production
   * a fixed development value is used; production refuses to start without a real one. Changing it invalidates every
   * ticket's QR code (the typed ticket codes keep working).
   */
  ticketSecret: string
}

/** The development value of TICKET_SECRET: never accepted in production. */
export const DEV_TICKET_SECRET = 'dev-only-ticket-secret-do-not-use-in-production'

export class ConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Ongeldige configuratie / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
    this.problems = problems
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

/** Reads and checks the environment once at start; throws a ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = []
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, test or production (got "${env.NODE_ENV}")`)
  }
  const port = readInt(env, 'PORT', 3000, problems, 0, 65535)
  const host = env.HOST ?? (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1')
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '')
  if (!isUrl(publicUrl)) problems.push(`PUBLIC_URL must be an http(s) URL (got "${env.PUBLIC_URL}")`)
  if (nodeEnv === 'production' && !publicUrl.startsWith('https://')) {
    problems.push('PUBLIC_URL must use https in production')
  }
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://')
  }
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`)
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  for (const origin of corsOrigins) if (!isUrl(origin)) problems.push(`CORS_ORIGINS has an invalid origin "${origin}"`)

  const mailFrom = env.MAIL_FROM ?? 'Vakregister <noreply@vakregister.localhost>'
  let smtp: SmtpConfig | undefined
  if (env.SMTP_HOST) {
    smtp = {
      host: env.SMTP_HOST,
      port: readInt(env, 'SMTP_PORT', 587, problems, 1, 65535),
      secure: readBool(env, 'SMTP_SECURE', false, problems),
      user: env.SMTP_USER || undefined,
      password: env.SMTP_PASSWORD || undefined,
      from: mailFrom,
    }
  } else if (nodeEnv === 'production') {
    problems.push('SMTP_HOST is required in production')
  }

  const publicLookupLimitPerMinute = readInt(env, 'PUBLIC_LOOKUP_LIMIT_PER_MINUTE', 60, problems, 1, 1_000_000_000)
  if (nodeEnv === 'production' && publicLookupLimitPerMinute > 60) {
    problems.push('PUBLIC_LOOKUP_LIMIT_PER_MINUTE may not be raised above 60 in production (it is for load benchmarks)')
  }

  const ticketSecret = env.TICKET_SECRET || DEV_TICKET_SECRET
  if (env.TICKET_SECRET && env.TICKET_SECRET.length < 32) problems.push('TICKET_SECRET must be at least 32 characters')
  if (nodeEnv === 'production' && ticketSecret === DEV_TICKET_SECRET) {
    problems.push(
      'TICKET_SECRET is required in production (at least 32 random characters, e.g. openssl rand -base64 32)',
    )
  }

  if (problems.length > 0) throw new ConfigError(problems)
  return {
    nodeEnv,
    port,
    host,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    publicUrl,
    corsOrigins,
    logLevel,
    smtp,
    mailFrom,
    metricsToken: env.METRICS_TOKEN || undefined,
    seedDemo: readBool(env, 'SEED_DEMO', nodeEnv !== 'production', problems),
    runWorkers: readBool(env, 'RUN_WORKERS', true, problems),
    publicLookupLimitPerMinute,
    ticketSecret,
  }
}

function readInt(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  problems: string[],
  min: number,
  max: number,
): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`)
    return fallback
  }
  return value
}

function readBool(env: Record<string, string | undefined>, name: string, fallback: boolean, problems: string[]) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes'].includes(raw)) return true
  if (['0', 'false', 'no'].includes(raw)) return false
  problems.push(`${name} must be true or false (got "${raw}")`)
  return fallback
}

function isUrl(value: string) {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
