import { afterAll, afterEach, beforeAll, describe, it } from 'vitest'
import { LogInPage } from '../pages/log-in.page.ts'
import { ForgotPasswordPage, ResetPasswordPage } from '../pages/password-reset.page.ts'
import { type DemoLogin, demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { linkFrom } from '../support/mail.ts'
import { totpCode } from '../support/totp.ts'

let world: JourneyWorld
let professional: DemoLogin
beforeAll(async () => {
  world = await startWorld()
  professional = demoLogin(/professional/i)
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

describe('a professional who forgot their password', () => {
  it('asks for a reset link, sets a new password from the mail, and logs in with it; the old one no longer works', async () => {
    const page = await world.newPage()
    const logIn = new LogInPage(page)
    await logIn.open()
    await page.getByRole('link', { name: /wachtwoord vergeten/i }).click()
    const forgot = new ForgotPasswordPage(page)
    await page.waitForURL('**/wachtwoord-vergeten')
    await forgot.checkAccessibility('/wachtwoord-vergeten')
    const since = new Date()
    await forgot.requestReset(professional.email)
    await forgot.checkAccessibility('/wachtwoord-vergeten (verstuurd)')

    const mail = await world.mail.waitForMail(professional.email, { since })
    const reset = new ResetPasswordPage(page)
    await reset.openLink(linkFrom(mail, `${world.server.baseUrl}/wachtwoord-herstellen?token=`))
    await reset.checkAccessibility('/wachtwoord-herstellen')
    const newPassword = 'Nieuw-en-lang-wachtwoord-voor-2025'
    await reset.setNewPassword(newPassword)
    await reset.checkAccessibility('/wachtwoord-herstellen (gelukt)')

    await logIn.open()
    await logIn.logIn(professional.email, professional.password)
    await logIn.expectRejected()
    await logIn.checkAccessibility('/inloggen (fout)')

    await logIn.open()
    await logIn.logIn(professional.email, newPassword)
    if (professional.totpSecret) await logIn.enterCode(await totpCode(professional.totpSecret))
    await logIn.expectLoggedIn()
    await logIn.checkAccessibility('ingelogd met het nieuwe wachtwoord')
  })
})
