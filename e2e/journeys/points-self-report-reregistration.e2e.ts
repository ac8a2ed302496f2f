import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../apps/server/src/db/seed-data.ts'
import { NEAR_CYCLE_END_EMAIL } from '../../apps/server/src/modules/points/points.history.seed.ts'
import { tinyPdf } from '../../apps/server/src/platform/storage/test-files.ts'
import { DossierPage } from '../pages/dossier.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { ReregistrationPage } from '../pages/reregistration.page.ts'
import { SelfReportsPage } from '../pages/self-reports.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

// Issue 4's acceptance journey for a professional's own activities and re-registration, through the browser and the
// mailbox: Kevin Meijer (seeded within 12 weeks of his cycle end, 4 reflection points short) sees he is short →
// reports an intervision with evidence → the register office approves it → his standing meets the norm → he applies
// for re-registration, the norm check passes line by line → the register office approves → a new cycle starts the
// day after the old one ends.

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

const kevin = { role: 'Professional', email: NEAR_CYCLE_END_EMAIL, password: DEMO_PASSWORD }
const title = 'Intervisiegroep Klantmanagers Utrecht-Oost, voorjaar'

interface CycleSummary {
  number: number
  startDate: string
  endDate: string
}

/** yyyy-mm-dd of today minus `days` (UTC). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

/** The day after an ISO date: where the next cycle starts. */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** An ISO date as the Dutch pages write it: "3 december 2026". */
const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  )

describe('a professional short of points self-reports an intervision and re-registers', () => {
  it('runs from "4 reflection points short" to an approved re-registration with a new cycle', async () => {
    // 1. Kevin opens his PE-dossier: 196 of 200, 4 reflection points short.
    const page = await world.newPage()
    await new LogInPage(page).logInAs(kevin)
    const dossier = new DossierPage(page)
    await dossier.openFromNavigation()
    await dossier.checkAccessibility('/mijn-pe-punten (tekort)')
    expect(await dossier.progressText(/^reflectie/i)).toMatch(/^46 van 50 punten · .*nog 4 nodig/)
    expect(await dossier.progressText(/^totaal/i)).toMatch(/^196 van 200 punten · nog 4 nodig/)
    expect(await dossier.progressText(/^scholing/i)).toMatch(/^90 van 60 punten/)
    await dossier.main.getByText(/^je voldoet nog niet aan de norm van deze periode\.$/i).waitFor()

    // The cycle he is in, from the API the page uses: the new cycle must start the day after it ends.
    const mine = await (await page.request.get('/api/v1/me/registrations')).json()
    const registrationId: string = mine.items[0].id
    const previewOf = async () =>
      (await (await page.request.get(`/api/v1/registrations/${registrationId}/reregistration-preview`)).json()) as {
        cycle: CycleSummary
      }
    const before = (await previewOf()).cycle
    const nextStart = dayAfter(before.endDate)

    // 2. His re-registration page: the norm check, line by line, does not pass; no regular application offered.
    const reregistration = new ReregistrationPage(page)
    await reregistration.openMine()
    await reregistration.normCheck.waitFor()
    await reregistration.checkAccessibility('/mijn-pe-punten/herregistratie (tekort)')
    await reregistration.main.getByText(/^je voldoet nog niet aan de herregistratienorm\.$/i).waitFor()
    // Within 12 weeks of the end: the window is open.
    await reregistration.main.getByText(/^je kunt nu herregistratie aanvragen, tot en met /i).waitFor()
    await reregistration.main
      .getByText(
        `Periode ${before.number} loopt van ${dutchDate(before.startDate)} tot en met ${dutchDate(before.endDate)}.`,
      )
      .waitFor()
    expect(await reregistration.normLine('Scholing').innerText()).toMatch(/in orde/i)
    expect(await reregistration.normLine('Reflectie').innerText()).toMatch(/50\s+46\s+nog 4 punten tekort/i)
    expect(await reregistration.normLine('Vrije ruimte').innerText()).toMatch(/in orde/i)
    expect(await reregistration.normLine('Totaal').innerText()).toMatch(/200\s+196\s+nog 4 punten tekort/i)
    expect(await reregistration.main.getByRole('button', { name: /^herregistratie aanvragen$/i }).count()).toBe(0)

    // 3. He reports an intervision of 6 hours (reflection) with a report as evidence.
    const selfReports = new SelfReportsPage(page)
    await selfReports.openForm()
    await selfReports.checkAccessibility('/mijn-pe-punten/activiteit-toevoegen')
    await selfReports.fill({
      kind: /^intervisie$/i,
      title,
      description: 'Zes bijeenkomsten van een uur over casuïstiek in de bijstand.',
      activityDate: daysAgo(7),
      hours: '6',
      category: /^reflectie$/i,
      evidenceKind: 'upload',
      evidence: { name: 'verslag-intervisie.pdf', mimeType: 'application/pdf', buffer: tinyPdf() },
    })
    await selfReports.submit()
    await selfReports.expectSubmitted()
    await expect.poll(() => selfReports.outcomeOf(title)).toMatch(/ingediend/i)
    await selfReports.checkAccessibility('/mijn-pe-punten/zelf-ingebracht (ingediend)')

    // 4. The register office approves it from its queue; Kevin gets a mail.
    const office = await world.newPage()
    await new LogInPage(office).logInAs(demoLogin(/^registerbureau$/i))
    const queue = new SelfReportsPage(office)
    await queue.openQueue()
    await queue.rowsWith(title).first().waitFor()
    await queue.checkAccessibility('/registerbureau/zelf-ingebracht')
    await queue.openActivity(title)
    expect(await queue.state()).toMatch(/ingediend/i)
    await queue.checkAccessibility('/registerbureau/zelf-ingebracht/:id')
    const approvedAt = new Date()
    await queue.approve()
    await queue.checkAccessibility('/registerbureau/zelf-ingebracht/:id (goedgekeurd)')
    const approvedMail = await world.mail.waitForMail(kevin.email, {
      subject: /activiteit is goedgekeurd/i,
      since: approvedAt,
    })
    expect(approvedMail.text).toContain(title)

    // 5. His dossier now meets the norm: reflection 52, total 202.
    await selfReports.openMine()
    await expect.poll(() => selfReports.outcomeOf(title)).toMatch(/6 punten.*reflectie/i)
    await dossier.open()
    expect(await dossier.progressText(/^reflectie/i)).toMatch(/^52 van 50 punten · .*klaar/)
    expect(await dossier.progressText(/^totaal/i)).toMatch(/^202 van 200 punten · klaar/)
    await dossier.main.getByText(/^je voldoet aan de norm van deze periode\.$/i).waitFor()
    // The booking in the entries: the self-reported intervision, 6 points reflection.
    await dossier.entryRows
      .filter({ hasText: /intervisie/i })
      .filter({ hasText: /zelf (ingebracht|opgegeven)/i })
      .filter({ hasText: 'Reflectie' })
      .first()
      .waitFor()
    await dossier.checkAccessibility('/mijn-pe-punten (norm gehaald)')

    // 6. He applies for re-registration; the norm check passes line by line.
    await reregistration.openMine()
    await reregistration.normCheck.waitFor()
    await reregistration.main.getByText(/^je voldoet aan de herregistratienorm\.$/i).waitFor()
    for (const part of ['Scholing', 'Reflectie', 'Vrije ruimte', 'Totaal'])
      expect(await reregistration.normLine(part).innerText(), part).toMatch(/in orde/i)
    expect(await reregistration.normLine('Reflectie').innerText()).toMatch(/50\s+52\s+in orde/i)
    expect(await reregistration.normLine('Totaal').innerText()).toMatch(/200\s+202\s+in orde/i)
    await reregistration.main.getByText(`begint je nieuwe registratieperiode op ${dutchDate(nextStart)}`).waitFor()
    await reregistration.checkAccessibility('/mijn-pe-punten/herregistratie (norm gehaald)')
    const appliedAt = new Date()
    await reregistration.applyForReregistration()
    await reregistration.checkAccessibility('/mijn-pe-punten/herregistratie (verstuurd)')
    await world.mail.waitForMail(kevin.email, { subject: /verzoek om herregistratie ontvangen/i, since: appliedAt })

    // 7. The register office approves it in the re-registration queue.
    const decisions = new ReregistrationPage(office)
    await decisions.openQueue('submitted')
    await decisions.main.getByRole('row').filter({ hasText: 'Meijer' }).first().waitFor()
    await decisions.checkAccessibility('/registerbureau/herregistraties')
    await decisions.openRequest(/Meijer/)
    await decisions.checkAccessibility('/registerbureau/herregistraties/:id')
    const decidedAt = new Date()
    await decisions.decide('approve')
    await decisions.checkAccessibility('/registerbureau/herregistraties/:id (goedgekeurd)')
    await world.mail.waitForMail(kevin.email, { subject: /herregistratie is goedgekeurd/i, since: decidedAt })

    // 8. His page shows the new cycle, starting the day after the old one ends.
    await reregistration.openMine()
    await reregistration.main
      .getByText(`Periode ${before.number + 1} loopt van ${dutchDate(nextStart)} tot en met`)
      .waitFor()
    await reregistration.checkAccessibility('/mijn-pe-punten/herregistratie (nieuwe periode)')
    const after = (await previewOf()).cycle
    expect(after.number).toBe(before.number + 1)
    expect(after.startDate).toBe(nextStart)
    await dossier.open()
    await dossier.main
      .getByRole('heading', {
        name: new RegExp(`^Registratieperiode ${after.number}: ${dutchDate(nextStart)} tot en met`),
      })
      .waitFor()
    await dossier.checkAccessibility('/mijn-pe-punten (nieuwe periode)')
  })
})
