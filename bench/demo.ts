import { demoLogin } from '../e2e/support/demo-logins.ts'

/** The demo professional (MFA optional and off, so a password log-in gives a complete session). */
export const demoProfessional = () => demoLogin(/professional/i)
