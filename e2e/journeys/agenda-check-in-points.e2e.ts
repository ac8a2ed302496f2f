import { readFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_PROFESSIONALS } from '../../apps/server/src/db/seed-data.ts'
import { AgendaPage } from '../pages/agenda.page.ts'
import { DossierPage } from '../pages/dossier.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { OrganiserEventsPage } from '../pages/organiser-events.page.ts'
import { VerifyCredentialPage } from '../pages/public-register.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'
import { linkFrom } from '../support/mail.ts'

// Issue 5's acceptance journey, end to end through the browser: the demo provider publishes an event linked to an
// accredited run on the organiser's pages (capacity 1) → two registered professionals sign up, the second lands on
// the waiting list → the first cancels → the second confirms from the offer mail's link → the organiser checks the
// second in by ticket code on the check-in page → the points are in the second professional's dossier → the
// certificate of attendance verifies on the public verification page. Axe on every page visited.

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

const ACTIVITY = 'Motiverende gespreksvoering in de bijstand'
const LOCATION = 'Stadskantoor Utrecht'
const byName = (familyName: string) => DEMO_PROFESSIONALS.find((p) => p.familyName === familyName)!
const first = byName('Bakker')
const second = byName('Jansen')

/** A moment as the Dutch form fields take it: date dd-mm-jjjj, time uu:mm, and yyyy-mm-dd for the run. */
function dutch(moment: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((p) => [p.type, p.value]),
  )
  return {
    date: `${parts.day}-${parts.month}-${parts.year}`,
    time: `${parts.hour}:${parts.minute}`,
    iso: `${parts.year}-${parts.month}-${parts.day}`,
  }
}

async function professional(person: (typeof DEMO_PROFESSIONALS)[number]) {
  const page = await world.newPage()
  await new LogInPage(page).logInAs({ role: 'Professional', email: person.email, password: DEMO_PASSWORD })
  return new AgendaPage(page)
}

describe('from the organiser’s new event to points and a certificate of attendance', () => {
  it('the second on the waiting list gets the place, is checked in by ticket code and gets points and a certificate', async () => {
    // The event starts in 20 to 25 minutes (sign-ups close at the start; check-in opens 2 hours before it).
    const startsAt = new Date(Math.ceil((Date.now() + 20 * 60_000) / 300_000) * 300_000)
    const endsAt = new Date(startsAt.getTime() + 90 * 60_000)
    const start = dutch(startsAt)
    const end = dutch(endsAt)
    const title = `Motiverende gespreksvoering: de terugkomdag ${Date.now().toString(36)}`

    // 0. The provider (Hogeschool Utrecht) has an accredited activity; a run on the event's day is added to it.
    const providerPage = await world.newPage()
    await new LogInPage(providerPage).logInAs(demoLogin(/opleider \(hogeschool\)/i))
    const me = await (await providerPage.request.get('/api/v1/me')).json()
    const organisationId: string = me.memberships.find(
      (m: { role: string }) => m.role === 'provider_staff',
    ).organisationId
    const activities = await (
      await providerPage.request.get(`/api/v1/organisations/${organisationId}/activities?pageSize=100`)
    ).json()
    const activity = activities.items.find(
      (a: { title: string; state: string }) => a.title === ACTIVITY && a.state === 'accredited',
    )
    expect(activity, 'the demo provider’s accredited activity').toBeTruthy()
    const run = await providerPage.request.post(
      `/api/v1/organisations/${organisationId}/activities/${activity.id}/runs`,
      {
        headers: { 'x-csrf-token': me.session.csrfToken },
        data: { startsOn: start.iso, endsOn: end.iso, location: `${LOCATION}, Stadsplateau 1`, online: false },
      },
    )
    expect(run.status(), await run.text()).toBe(201)

    // 1. The provider publishes the event on the organiser's pages; a first try without details names every field.
    const organiser = new OrganiserEventsPage(providerPage)
    await organiser.openFromNavigation(/hogeschool utrecht/i)
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten')
    await organiser.startNewEvent()
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten/nieuw')
    await organiser.submitEvent()
    await organiser.errorSummaryLines.first().waitFor()
    expect(await organiser.errorSummaryLines.count()).toBeGreaterThanOrEqual(4)
    expect(await organiser.form.getByLabel(/^titel/i).getAttribute('aria-invalid')).toBe('true')
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten/nieuw (fouten)')
    await organiser.fillEvent({
      title,
      description: 'Een terugkomdag over motiverende gespreksvoering, met oefenen in kleine groepen.',
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      locationName: LOCATION,
      address: 'Stadsplateau 1, 3521 AZ Utrecht',
      province: 'Utrecht',
      accessibility: 'Rolstoeltoegankelijk, ringleiding in de zaal.',
      capacity: '1',
      activity: new RegExp(ACTIVITY),
      run: new RegExp(LOCATION),
    })
    await organiser.submitEvent()
    await organiser.main.getByText(/gelukt\. de bijeenkomst staat in de agenda/i).waitFor()
    await organiser.heading.filter({ hasText: title }).waitFor()
    const eventId = organiser.eventIdFromUrl()
    await organiser.main.getByText(/levert \d+([,.]\d+)? pe-punten op/i).waitFor()
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten/:eventId')

    // 2. The first professional takes the one place; the second lands on the waiting list.
    const one = await professional(first)
    await one.visit(`/agenda/${eventId}`)
    await one.signUp()
    await one.main
      .getByText(/je hebt een plaats/i)
      .first()
      .waitFor()
    await one.checkAccessibility('/agenda/:eventId (aangemeld)')
    const two = await professional(second)
    await two.visit(`/agenda/${eventId}`)
    await two.signUp()
    await two.main.getByText(/je staat op de wachtlijst op nummer 1/i).waitFor()
    await two.checkAccessibility('/agenda/:eventId (wachtlijst)')

    // The organiser sees one place taken and one person waiting.
    await providerPage.reload()
    await organiser.main
      .getByRole('table', { name: /^wachtlijst, op volgorde$/i })
      .getByText(second.familyName)
      .waitFor()

    // 3. The first cancels; the second gets the offer mail and confirms from its link.
    const beforeCancel = new Date()
    await one.page.reload()
    await one.main.getByText(/^afmelden$/i).click()
    await one.main.getByRole('button', { name: /^ja, meld mij af$/i }).click()
    await one.main.getByText(/^je bent afgemeld\.$/i).waitFor()
    const offer = await world.mail.waitForMail(second.email, { since: beforeCancel, subject: /plaats vrij/i })
    const offerLink = linkFrom(offer, `${world.server.baseUrl}/agenda/aanmeldingen/`)
    await two.page.goto(offerLink)
    await two.heading.waitFor()
    await two.checkAccessibility('/agenda/aanmeldingen/:id/bevestigen')
    await two.main.getByRole('button', { name: /^bevestig mijn plaats$/i }).click()
    await two.main
      .getByText(/je plaats is bevestigd/i)
      .first()
      .waitFor()
    const signUpId = /aanmeldingen\/([0-9a-f-]{36})\//.exec(offerLink)![1]!

    // 4. The ticket code, as the professional's ticket shows it.
    const ticketAnswer = await two.page.request.get(`/api/v1/event-sign-ups/${signUpId}/ticket`)
    expect(ticketAnswer.status()).toBe(200)
    const ticket = (await ticketAnswer.json()) as { code: string }

    // 5. The organiser mails everyone with a place (after the confirmation step), then checks the second in by the
    // typed ticket code; the live region says so with the points.
    await providerPage.goto(`/aanbieder/${organisationId}/bijeenkomsten/${eventId}`)
    await organiser.heading.filter({ hasText: title }).waitFor()
    // The sign-ups as CSV for Excel: the person with the place is in it.
    const [download] = await Promise.all([
      providerPage.waitForEvent('download'),
      organiser.main.getByRole('button', { name: /^download als csv/i }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`aanmeldingen-${eventId}.csv`)
    const csv = await readFile((await download.path())!, 'utf8')
    expect(csv).toContain(second.familyName)
    const beforeMail = new Date()
    await organiser.mailEveryone('Parkeren', 'Parkeer bij het station, de garage is vol.')
    await organiser.main.getByText(/gelukt\. de mail is verstuurd naar 1 persoon/i).waitFor()
    const note = await world.mail.waitForMail(second.email, { since: beforeMail, subject: /parkeren/i })
    expect(note.text).toContain('Parkeer bij het station')
    await organiser.openCheckIn()
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten/:eventId/binnenkomst')
    await organiser.checkInByCode(ticket.code.toLowerCase())
    await expect.poll(() => organiser.result.innerText(), { timeout: 15_000 }).toMatch(/is aangemeld/i)
    const announced = await organiser.result.innerText()
    expect(announced).toContain(second.familyName)
    expect(announced).toMatch(/punt/i)
    await organiser.checkInList
      .getByRole('row')
      .filter({ hasText: second.familyName })
      .getByText(/aanwezig sinds/i)
      .waitFor()
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten/:eventId/binnenkomst (aangemeld)')

    // 6. The points are in the second professional's dossier.
    const dossier = new DossierPage(two.page)
    await dossier.open()
    const entry = dossier.entryRows.filter({ hasText: activity.publicId })
    await entry.first().waitFor()
    expect((await entry.first().innerText()).toLowerCase()).toContain('motiverende gespreksvoering')
    await dossier.checkAccessibility('/mijn-pe-punten')

    // 7. The certificate of attendance verifies on the public verification page.
    const credential = await two.page.request.get(`/api/v1/event-sign-ups/${signUpId}/attendance-credential`)
    expect(credential.status(), await credential.text()).toBe(200)
    const check = new VerifyCredentialPage(two.page)
    await check.open()
    await check.paste(await credential.text())
    await check.submit()
    await check.outcome.waitFor()
    expect(await check.outcome.innerText()).toMatch(/^handtekening geldig — bewijs van aanwezigheid\b/i)
    await check.checkAccessibility('/controleren (bewijs van aanwezigheid)')

    // 8. The organiser undoes the check-in with a reason: the certificate now verifies as withdrawn.
    await providerPage.goto(`/aanbieder/${organisationId}/bijeenkomsten/${eventId}`)
    await organiser.heading.filter({ hasText: title }).waitFor()
    await organiser.undoCheckIn(second.familyName, 'Verkeerde persoon aangemeld bij de ingang.')
    await organiser.main.getByText(/^gelukt\. de aanmelding bij binnenkomst van .+ is teruggedraaid\.$/i).waitFor()
    await organiser.checkInsTable
      .getByRole('row')
      .filter({ hasText: second.familyName })
      .getByText(/^nog niet aangemeld$/i)
      .waitFor()
    await organiser.checkAccessibility('/aanbieder/:orgId/bijeenkomsten/:eventId (teruggedraaid)')
    await check.open()
    await check.paste(await credential.text())
    await check.submit()
    await check.outcome.filter({ hasText: /^handtekening geldig, aanwezigheid ingetrokken/i }).waitFor()

    // 9. The right person after all: the organiser checks the second in again from the list on the check-in page.
    await organiser.openCheckIn()
    await organiser.checkInList
      .getByRole('button', { name: new RegExp(`^aanmelden .*${second.familyName}$`, 'i') })
      .click()
    await expect.poll(() => organiser.result.innerText(), { timeout: 15_000 }).toMatch(/is aangemeld/i)
    await organiser.checkInList
      .getByRole('row')
      .filter({ hasText: second.familyName })
      .getByText(/aanwezig sinds .* \(via lijst\)/i)
      .waitFor()
  }, 300_000)
})
