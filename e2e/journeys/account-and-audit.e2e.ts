import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AccountPage } from '../pages/account.page.ts'
import { AuditPage } from '../pages/audit.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { type NewAccount, SignUpPage } from '../pages/sign-up.page.ts'
import { VerifyPage } from '../pages/verify.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { linkFrom } from '../support/mail.ts'
import { totpCode } from '../support/totp.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

const sanne: NewAccount = {
  givenName: 'Sanne',
  familyName: 'de Wit',
  email: `sanne.dewit+${randomBytes(3).toString('hex')}@gemeente-utrecht.nl`,
  password: 'Klantmanager-in-Utrecht-2025',
}
const done = { verified: false, mfaSecret: '', loggedInWithMfaAt: new Date(0) }

describe('a professional creates an account and protects it with MFA', () => {
  it('signs up and confirms the e-mail address with the link from the verification mail', async () => {
    const page = await world.newPage()
    const signUp = new SignUpPage(page)
    await signUp.open()
    await signUp.checkAccessibility('/aanmelden')
    const since = new Date()
    await signUp.signUp(sanne)
    await signUp.expectCheckYourMail()
    await signUp.checkAccessibility('/aanmelden (verstuurd)')

    const mail = await world.mail.waitForMail(sanne.email, { since })
    const link = linkFrom(mail, `${world.server.baseUrl}/verifieren?token=`)
    const verify = new VerifyPage(page)
    await verify.openLink(link)
    await verify.expectVerified()
    await verify.checkAccessibility('/verifieren')
    done.verified = true
  })

  it('logs in, sets up MFA with an authenticator app, saves the recovery codes and logs out', async () => {
    expect(done.verified, 'the sign-up step failed').toBe(true)
    const page = await world.newPage()
    const logIn = new LogInPage(page)
    await logIn.open()
    await logIn.checkAccessibility('/inloggen')
    await logIn.logIn(sanne.email, sanne.password)
    await logIn.expectLoggedIn()

    const account = new AccountPage(page)
    await account.open()
    await account.checkAccessibility('/account')
    const secret = await account.startMfaSetUp()
    await account.checkAccessibility('/account (MFA instellen)')
    const recoveryCodes = await account.confirmMfa(await totpCode(secret))
    expect(new Set(recoveryCodes).size).toBe(10)
    await account.checkAccessibility('/account (herstelcodes)')
    await account.confirmRecoveryCodesSaved()
    await account.expectMfaOn()
    await account.checkAccessibility('/account (MFA staat aan)')
    done.mfaSecret = secret

    await account.logOut()
    await logIn.expectLoggedOut()
    await logIn.checkAccessibility('na uitloggen')
  })

  it('logs in again with password and the code from the authenticator app', async () => {
    expect(done.mfaSecret, 'the MFA set-up step failed').not.toBe('')
    const page = await world.newPage()
    const logIn = new LogInPage(page)
    await logIn.open()
    await logIn.logIn(sanne.email, sanne.password)
    await logIn.codeField.waitFor()
    await logIn.checkAccessibility('/inloggen (code)')
    done.loggedInWithMfaAt = new Date()
    await logIn.enterCode(await totpCode(done.mfaSecret))
    await logIn.expectLoggedIn()
    const account = new AccountPage(page)
    await account.open()
    await account.expectMfaOn()
  })
})

describe('the register office reads the audit trail', () => {
  it("finds that professional's log-in in the audit trail, filtered by action", async () => {
    expect(done.loggedInWithMfaAt.getTime(), 'the MFA log-in step failed').toBeGreaterThan(0)
    const office = demoLogin(/registerbureau|register office/i)
    expect(office.totpSecret, 'the demo register-office account has MFA set up').toBeTruthy()
    const page = await world.newPage()
    const logIn = new LogInPage(page)
    await logIn.open()
    await logIn.logIn(office.email, office.password)
    await logIn.enterCode(await totpCode(office.totpSecret!))
    await logIn.expectLoggedIn()
    await logIn.checkAccessibility('ingelogd als registerbureau')

    const audit = new AuditPage(page)
    await audit.open()
    await audit.checkAccessibility('/audit')
    await audit.filterByAction('identity.login')
    await audit.checkAccessibility('/audit?action=identity.login')
    await expect.poll(() => audit.rowsWith(sanne.email, 'identity.login').count()).toBeGreaterThan(0)
  })
})
