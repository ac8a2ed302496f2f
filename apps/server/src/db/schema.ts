// Every module's Drizzle tables, in one place for the client and drizzle-kit.
// Modules own their tables; other modules reach them only through that module's service.

export * from '../modules/employers/employers.tables.ts'
export * from '../modules/identity/identity.tables.ts'
export * from '../modules/organisations/organisations.tables.ts'
export * from '../modules/privacy/privacy.tables.ts'
export * from '../modules/register/register.applications.tables.ts'
export * from '../modules/register/register.decisions.tables.ts'
export * from '../modules/register/register.tables.ts'
export * from '../platform/audit/audit.tables.ts'
export * from '../platform/credentials/credentials.tables.ts'
export * from '../platform/mail/mail.tables.ts'
export * from '../platform/rate-limit/rate-limit.tables.ts'
export * from '../platform/storage/storage.tables.ts'
