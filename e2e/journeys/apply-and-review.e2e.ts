import { readFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_PROFESSIONALS } from '../../apps/server/src/db/seed-data.ts'
import { tinyPdf, tinyPng } from '../../apps/server/src/platform/storage/test-files.ts'
import { ApplicationPage } from '../pages/application.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { ReviewPage } from '../pages/review.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { linkFrom } from '../support/mail.ts'

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

/** A seeded professional without a registration (the last five of the demo professionals have none). */
function unregistered(familyName: string) {
  const person = DEMO_PROFESSIONALS.find((p) => p.familyName === familyName)
  if (!person) throw new Error(`no demo professional ${familyName}`)
  return { role: 'Professional', email: person.email, password: DEMO_PASSWORD }
}

const DIPLOMA = { name: 'diploma-schouten.pdf', mimeType: 'application/pdf', buffer: tinyPdf() }

describe('a professional applies with a diploma; the register office asks, gets an answer and approves', () => {
  it('runs the whole application through the browser and the mailbox', async () => {
    const applicant = unregistered('Schouten')
    const page = await world.newPage()
    await new LogInPage(page).logInAs(applicant)
    const application = new ApplicationPage(page)
    await application.openFromNavigation()
    await application.checkAccessibility('/inschrijven')

    // Sending the empty form lists every missing field, each linked to its field.
    await application.submit()
    const missing = await application.expectErrors()
    expect(missing.length).toBeGreaterThanOrEqual(8)
    await application.checkAccessibility('/inschrijven (alle velden leeg)')

    await application.fill({
      register: 'Register Klantmanagers',
      profession: 'jobcoach',
      initials: 'W.',
      surname: 'Schouten',
      employer: /Gemeente Zwolle/,
      institution: 'Hogeschool Windesheim',
      programme: 'Bachelor Sociaal Werk',
      diplomaDate: '2020-06-30',
      diploma: DIPLOMA,
    })
    const since = new Date()
    await application.submit()
    const id = await application.expectSubmitted()
    expect(await application.state()).toMatch(/in behandeling/i)
    await application.checkAccessibility('/mijn-aanvragen/:id (verstuurd)')
    await world.mail.waitForMail(applicant.email, { subject: /aanvraag .* ontvangen/i, since })

    // The register office finds it in the queue, downloads the diploma and asks for information.
    const officePage = await world.newPage()
    await new LogInPage(officePage).logInAs(demoLogin(/^registerbureau$/i))
    const review = new ReviewPage(officePage)
    await review.openFromNavigation()
    await review.rowsWith('W. Schouten', 'jobcoach').first().waitFor()
    await review.checkAccessibility('/registerbureau/aanvragen')
    await review.openApplication('W. Schouten')
    await review.checkAccessibility('/registerbureau/aanvragen/:id')
    const download = await review.downloadDiploma()
    expect(download.suggestedFilename()).toBe('diploma-schouten.pdf')
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const asked = new Date()
    await review.askForInformation('Kun je een scan sturen waarop de datum van je diploma goed te lezen is?')
    await review.result.filter({ hasText: /vraag is verstuurd/i }).waitFor()
    await expect.poll(() => review.state()).toMatch(/wacht op antwoord/i)
    await review.checkAccessibility('/registerbureau/aanvragen/:id (vraag gesteld)')

    // The applicant follows the link in the mail, reads the question and answers with a scan.
    const question = await world.mail.waitForMail(applicant.email, { subject: /vraag over je aanvraag/i, since: asked })
    const link = linkFrom(question, `${world.server.baseUrl}/mijn-aanvragen/`)
    expect(link).toBe(`${world.server.baseUrl}/mijn-aanvragen/${id}`)
    await page.goto(link)
    await application.conversation.getByText(/datum van je diploma goed te lezen/i).waitFor()
    await application.answerForm.waitFor()
    await application.checkAccessibility('/mijn-aanvragen/:id (vraag)')
    await application.answer('Hierbij een betere scan van mijn diploma.', {
      name: 'scan.png',
      mimeType: 'image/png',
      buffer: tinyPng(),
    })
    await expect.poll(() => application.state()).toMatch(/in behandeling/i)
    await application.checkAccessibility('/mijn-aanvragen/:id (beantwoord)')

    // Back in the queue; the register office reads the answer and approves.
    const decided = new Date()
    await review.openQueue('submitted')
    await review.openApplication('W. Schouten')
    await review.conversation.getByText('Hierbij een betere scan van mijn diploma.').waitFor()
    await review.conversation.getByRole('link', { name: /scan\.png/ }).waitFor()
    await review.approve()
    const number = await review.approvedNumber()
    expect(number).toMatch(/^KM-\d{6}$/)
    await expect.poll(() => review.state()).toMatch(/goedgekeurd/i)
    await review.checkAccessibility('/registerbureau/aanvragen/:id (goedgekeurd)')

    const approved = await world.mail.waitForMail(applicant.email, { subject: /je staat nu in het/i, since: decided })
    expect(approved.text).toContain(number)
    await application.openApplication(id)
    expect(await application.state()).toMatch(/goedgekeurd/i)
    await application.facts.getByText(number).waitFor()
  })
})

describe('a diploma that is not what its name says is refused', () => {
  it('a text file called .pdf gives a Dutch error at the file field, and no application is made', async () => {
    const applicant = unregistered('Ouali')
    const page = await world.newPage()
    await new LogInPage(page).logInAs(applicant)
    const application = new ApplicationPage(page)
    // An employer's invitation link chooses the employer beforehand.
    const organisations = await page.request.get('/api/v1/organisations?pageSize=100')
    const tilburg = (await organisations.json()).items.find((o: { name: string }) => o.name === 'Gemeente Tilburg')
    await application.openForm(tilburg.id)
    expect(await application.chosenEmployer()).toMatch(/^Gemeente Tilburg/)
    await application.fill({
      profession: 'klantmanager werk',
      register: 'Register Klantmanagers',
      initials: 'N.',
      surname: 'Ouali',
      selfEmployed: true,
      institution: 'Hogeschool Utrecht',
      programme: 'Bachelor Sociaal Werk',
      diplomaDate: '2018-07-01',
      diploma: {
        name: 'diploma.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('Dit is geen PDF.\n'.repeat(50)),
      },
    })
    await application.submit()
    expect(await application.expectErrors()).toEqual(['Kies een PDF-, JPG- of PNG-bestand.'])
    expect(page.url()).toContain('/inschrijven')
    await application.checkAccessibility('/inschrijven (vermomd bestand)')
    // The summary's link takes the keyboard to the file field.
    await application.formErrors.getByRole('link').first().click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('apply-diploma')

    await page.goto('/mijn-aanvragen')
    await page.getByText(/je hebt nog geen aanvragen gedaan/i).waitFor()
  })
})
