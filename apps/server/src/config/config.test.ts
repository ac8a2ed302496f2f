import { describe, expect, it } from 'vitest'
import { ConfigError, DEV_TICKET_SECRET, loadConfig } from './config.ts'

describe('configuration from environment variables', () => {
  it('starts with safe defaults on a fresh machine: port 3000, embedded database in ./data, demo data', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      smtp: undefined,
      seedDemo: true,
      runWorkers: true,
    })
    expect(config.dataDir).toMatch(/\/data$/)
  })

  it('uses PostgreSQL and SMTP when they are configured', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db.internal:5432/vakregister',
      SMTP_HOST: 'smtp.gemeente.nl',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      PORT: '8080',
      PUBLIC_URL: 'https://vakregister.example.nl/',
    })
    expect(config.databaseUrl).toBe('postgres://app@db.internal:5432/vakregister')
    expect(config.smtp).toMatchObject({ host: 'smtp.gemeente.nl', port: 465, secure: true })
    expect(config.port).toBe(8080)
    expect(config.publicUrl).toBe('https://vakregister.example.nl')
  })

  it('names every wrong variable at once, so the operator fixes them in one go', () => {
    let error: unknown
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SMTP_HOST: 'smtp', SMTP_SECURE: 'maybe' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems.join('\n')
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SMTP_SECURE']) expect(problems).toContain(name)
    expect((error as ConfigError).problems).toHaveLength(4)
  })

  it('refuses production without https and without SMTP, and does not seed demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://vakregister.nl' })).toThrow(
      /PUBLIC_URL must use https[\s\S]*SMTP_HOST is required/,
    )
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://vakregister.nl',
      SMTP_HOST: 'smtp',
      TICKET_SECRET: 'x'.repeat(32),
    })
    expect(config.seedDemo).toBe(false)
    expect(config.host).toBe('0.0.0.0')
  })

  it('limits public lookups to 60 a minute per address; only a benchmark outside production raises it', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://vakregister.nl',
      SMTP_HOST: 'smtp',
      TICKET_SECRET: 'x'.repeat(32),
    }
    expect(loadConfig({}).publicLookupLimitPerMinute).toBe(60)
    expect(loadConfig(production).publicLookupLimitPerMinute).toBe(60)
    expect(loadConfig({ PUBLIC_LOOKUP_LIMIT_PER_MINUTE: '1000000000' }).publicLookupLimitPerMinute).toBe(1_000_000_000)
    expect(loadConfig({ ...production, PUBLIC_LOOKUP_LIMIT_PER_MINUTE: '30' }).publicLookupLimitPerMinute).toBe(30)
    expect(() => loadConfig({ ...production, PUBLIC_LOOKUP_LIMIT_PER_MINUTE: '61' })).toThrow(
      /PUBLIC_LOOKUP_LIMIT_PER_MINUTE may not be raised above 60 in production/,
    )
    expect(() => loadConfig({ PUBLIC_LOOKUP_LIMIT_PER_MINUTE: '0' })).toThrow(/PUBLIC_LOOKUP_LIMIT_PER_MINUTE/)
  })

  it('signs tickets with a development secret outside production; production needs its own of 32 characters or more', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://vakregister.nl', SMTP_HOST: 'smtp' }
    expect(loadConfig({}).ticketSecret).toBe(DEV_TICKET_SECRET)
    expect(() => loadConfig(production)).toThrow(/TICKET_SECRET is required in production/)
    expect(() => loadConfig({ ...production, TICKET_SECRET: DEV_TICKET_SECRET })).toThrow(/TICKET_SECRET is required/)
    expect(() => loadConfig({ TICKET_SECRET: 'kort' })).toThrow(/TICKET_SECRET must be at least 32 characters/)
    const secret = 'b'.repeat(40)
    expect(loadConfig({ ...production, TICKET_SECRET: secret }).ticketSecret).toBe(secret)
  })
})
