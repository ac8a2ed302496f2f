import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_PROFESSIONALS } from '../../apps/server/src/db/seed-data.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { DataRequestsPage, MyDataPage } from '../pages/my-data.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

/** A demo professional without a registration (the last five have none): erasure is possible straight away. */
const PERSON = DEMO_PROFESSIONALS[23]!

describe('a person sees and takes their data, and has it erased by the register office', () => {
  it('the person reads their data, downloads it as JSON and asks for erasure', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs({ role: 'professional', email: PERSON.email, password: DEMO_PASSWORD })
    const data = new MyDataPage(page)
    await data.open()
    await data.main.getByText(PERSON.email).first().waitFor()
    await data.checkAccessibility('/mijn-gegevens')
    const file = await data.downloadJson()
    expect(file.fileName).toMatch(/^mijn-gegevens-vakregister-\d{4}-\d{2}-\d{2}\.json$/)
    expect(file.json.account).toMatchObject({ email: PERSON.email, givenName: PERSON.givenName })
    expect(file.json.sessions.length).toBeGreaterThan(0)

    await data.requestErasure('Ik werk niet meer als klantmanager.')
    await data
      .requestRow(/wissen/i)
      .filter({ hasText: /open/i })
      .waitFor()
    await data.checkAccessibility('/mijn-gegevens (verzoek verstuurd)')
  })

  it('the register office erases the data; the person is mailed and can no longer log in', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/^registerbureau$/i))
    const office = new DataRequestsPage(page)
    await office.open()
    await office
      .request(PERSON.email)
      .getByText(/ik werk niet meer als klantmanager/i)
      .waitFor()
    await office.checkAccessibility('/registerbureau/verzoeken')
    const since = new Date()
    await office.decide(PERSON.email, /nu wissen/i, 'Je gegevens zijn gewist. Je account bestaat niet meer.')
    await expect.poll(() => office.request(PERSON.email).count()).toBe(0)

    const mail = await world.mail.waitForMail(PERSON.email, { subject: /je verzoek over je persoonsgegevens/i, since })
    expect(mail.text).toContain('Je gegevens zijn gewist.')

    const again = await world.newPage()
    const login = new LogInPage(again)
    await login.open()
    await login.logIn(PERSON.email, DEMO_PASSWORD)
    await login.expectRejected()
  })
})
