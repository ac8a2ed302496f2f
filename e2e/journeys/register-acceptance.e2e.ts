import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_PROFESSIONALS } from '../../apps/server/src/db/seed-data.ts'
import { tinyPdf, tinyPng } from '../../apps/server/src/platform/storage/test-files.ts'
import { ApplicationPage } from '../pages/application.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { MyRegistrationPage } from '../pages/my-registration.page.ts'
import { PublicRegisterPage, VerifyCredentialPage } from '../pages/public-register.page.ts'
import { isoDateInMonths, RegistrationsPage } from '../pages/registrations.page.ts'
import { ReviewPage } from '../pages/review.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { linkFrom } from '../support/mail.ts'

// Issue 3's acceptance journey, end to end through the browser and the mailbox:
// apply with a diploma → the register office asks for information → the applicant answers → approved → the public
// lookup finds the person → certificate PDF and credential downloaded → the credential verifies → the person is
// suspended → the same credential now verifies as "signature valid, registration suspended".

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

const person = DEMO_PROFESSIONALS.find((p) => p.familyName === 'Hoekstra')!
const applicant = { role: 'Professional', email: person.email, password: DEMO_PASSWORD }

describe('from application to a verifiable, and then suspended, registration', () => {
  it('runs the whole lifecycle; the credential reports the status now', async () => {
    // 1. Gerrit Hoekstra applies with his diploma.
    const page = await world.newPage()
    await new LogInPage(page).logInAs(applicant)
    const application = new ApplicationPage(page)
    await application.openFromNavigation()
    await application.fill({
      register: 'Register Klantmanagers',
      profession: 'klantmanager inkomen',
      initials: 'G.',
      surname: 'Hoekstra',
      employer: /Gemeente Utrecht/,
      institution: 'Hogeschool Utrecht',
      programme: 'Bachelor Sociaal Werk',
      diplomaDate: '2019-06-28',
      diploma: { name: 'diploma-hoekstra.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
    })
    await application.submit()
    const applicationId = await application.expectSubmitted()

    // 2. The register office asks for more information.
    const office = await world.newPage()
    await new LogInPage(office).logInAs(demoLogin(/^registerbureau$/i))
    const review = new ReviewPage(office)
    await review.openFromNavigation()
    await review.openApplication('G. Hoekstra')
    const asked = new Date()
    await review.askForInformation('Wil je een kopie van je diplomasupplement sturen?')
    await expect.poll(() => review.state()).toMatch(/wacht op antwoord/i)

    // 3. He answers from the link in the mail.
    const question = await world.mail.waitForMail(applicant.email, { subject: /vraag over je aanvraag/i, since: asked })
    await page.goto(linkFrom(question, `${world.server.baseUrl}/mijn-aanvragen/`))
    await application.answer('Hierbij het supplement.', {
      name: 'supplement.png',
      mimeType: 'image/png',
      buffer: tinyPng(),
    })
    expect(page.url()).toContain(applicationId)

    // 4. Approved: a registration number.
    await review.openQueue('submitted')
    await review.openApplication('G. Hoekstra')
    await review.conversation.getByText('Hierbij het supplement.').waitFor()
    await review.approve()
    const number = await review.approvedNumber()
    expect(number).toMatch(/^KM-\d{6}$/)

    // 5. Anyone finds him in the public register, with a small typo in the name.
    const visitor = await world.newPage()
    const lookup = new PublicRegisterPage(visitor)
    await lookup.open()
    await lookup.searchBySurname('Hoeksta', 'G')
    await lookup.rowsWith('Hoekstra', number).first().waitFor()
    await lookup.openResult('G. Hoekstra')
    await lookup.status.filter({ hasText: /geregistreerd/i }).waitFor()
    expect(visitor.url()).toBe(`${world.server.baseUrl}/register/${number}`)
    await lookup.checkAccessibility('/register/:nummer (geregistreerd)')

    // 6. He downloads his certificate (PDF) and his digital certificate (credential).
    const mine = new MyRegistrationPage(page)
    await mine.openFromNavigation()
    await mine
      .fact(/^registratienummer$/i)
      .getByText(number)
      .waitFor()
    const pdf = await mine.downloadCertificate()
    expect(pdf.fileName).toBe(`registratiebewijs-${number}.pdf`)
    const { json: credential } = await mine.downloadCredential()
    expect(credential.credentialSubject.licenseNumber).toBe(number)
    expect(credential.proof.cryptosuite).toBe('eddsa-rdfc-2022')
    expect(JSON.stringify(credential)).not.toContain(applicant.email)

    // 7. The credential verifies: signature valid, registered.
    const verify = new VerifyCredentialPage(visitor)
    await verify.open()
    await verify.paste(JSON.stringify(credential))
    await verify.submit()
    await verify.outcome.filter({ hasText: /handtekening klopt/i }).waitFor()
    await expect.poll(() => verify.outcome.innerText()).toMatch(/registratie is geldig/i)
    await verify.checkAccessibility('/controleren (geldig)')

    // 8. The register office suspends him.
    const registrations = new RegistrationsPage(office)
    await registrations.suspend(number, { reason: 'Onderzoek naar een klacht', publicUntil: isoDateInMonths(6) })

    // 9. The same credential now verifies as "signature valid, registration suspended".
    await verify.open()
    await verify.upload('certificaat.json', JSON.stringify(credential))
    await verify.submit()
    await verify.outcome.filter({ hasText: /handtekening klopt/i }).waitFor()
    await expect.poll(() => verify.outcome.innerText()).toMatch(/geschorst/i)
    await verify.checkAccessibility('/controleren (geschorst)')

    // …and the public page shows the measure.
    await visitor.goto(`/register/${number}`)
    await lookup.status.filter({ hasText: /geschorst/i }).waitFor()
    await lookup.measure.waitFor()
  })
})
