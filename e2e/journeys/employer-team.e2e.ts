import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EmployerPage } from '../pages/employer.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { MyRegistrationPage } from '../pages/my-registration.page.ts'
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

/** The demo professional works at Gemeente Utrecht, where the demo werkgever is the employer manager. */
const PROFESSIONAL = { name: 'F. El Amrani', employer: /gemeente utrecht/i }
const NEW_STAFF = ['nieuwe.collega@utrecht.example', 'tweede.collega@utrecht.example']

let manager: EmployerPage
let organisationId: string

/** The standing API answer for the professional's registration, as the manager's browser gets it. */
async function standingStatus(registrationId: string) {
  const res = await manager.page.request.get(`/api/v1/organisations/${organisationId}/team/${registrationId}/standing`)
  return { status: res.status(), body: await res.json() }
}

describe('an employer invites staff and sees the team; a CPD standing only with consent', () => {
  it('a list with a bad address is refused line by line in Dutch and nothing is sent; a good list is mailed', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/werkgever/i))
    manager = new EmployerPage(page)
    await manager.openTeamFromNavigation()
    organisationId = new URL(page.url()).pathname.split('/')[2]!
    await manager.openInvite()
    await manager.checkAccessibility('/werkgever/:id/uitnodigen')

    const since = new Date()
    await manager.invite([NEW_STAFF[0]!, 'geen-e-mailadres'])
    await manager.inviteErrors.filter({ hasText: /regel 2: "geen-e-mailadres" is geen geldig e-mailadres/i }).waitFor()
    await manager.inviteErrors.getByText(/er is niemand uitgenodigd/i).waitFor()
    await manager.checkAccessibility('/werkgever/:id/uitnodigen (foute regel)')
    expect(await manager.invitationRow(NEW_STAFF[0]!).count()).toBe(0)

    await manager.invite(NEW_STAFF)
    await manager.inviteResult.filter({ hasText: /2 uitnodigingen verstuurd/i }).waitFor()
    await manager.invitationRow(NEW_STAFF[1]!).filter({ hasText: /open/i }).waitFor()
    await manager.checkAccessibility('/werkgever/:id/uitnodigen (verstuurd)')

    const mail = await world.mail.waitForMail(NEW_STAFF[0]!, { subject: /uitnodiging/i, since })
    expect(mail.text).toContain(`${world.server.baseUrl}/inschrijven?werkgever=${organisationId}`)
    await world.mail.waitForMail(NEW_STAFF[1]!, { subject: /uitnodiging/i, since })
    // The refused attempt sent nothing: exactly one mail per address.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(world.mail.mails.filter((m) => m.to.includes(NEW_STAFF[0]!)).length).toBe(1)

    // Sending the same address again skips it and says why.
    await manager.invite([NEW_STAFF[0]!])
    await manager.inviteResult.filter({ hasText: /uitnodiging die nog loopt/i }).waitFor()
  })

  it('the team shows the demo staff; the standing is hidden until the professional shares it, and again after', async () => {
    await manager.page.goto(`/werkgever/${organisationId}/team`)
    const row = manager.teamRow(PROFESSIONAL.name)
    await row.filter({ hasText: /niet gedeeld/i }).waitFor()
    await row.filter({ hasText: /geregistreerd/i }).waitFor()
    expect(await manager.main.getByRole('row').count()).toBeGreaterThan(3)
    await manager.checkAccessibility('/werkgever/:id/team')

    const team = await (
      await manager.page.request.get(`/api/v1/organisations/${organisationId}/team?pageSize=100`)
    ).json()
    const registrationId: string = team.items.find((m: { name: string }) => m.name === PROFESSIONAL.name).registrationId
    const hidden = await standingStatus(registrationId)
    expect(hidden.status).toBe(403)
    expect(hidden.body.detail).toMatch(/deelt de PE-stand niet/)

    // The professional switches sharing on.
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    const own = new MyRegistrationPage(page)
    await own.openFromNavigation()
    await own
      .fact(/^status$/i)
      .filter({ hasText: /geregistreerd/i })
      .waitFor()
    await own.checkAccessibility('/mijn-registratie')
    await own.setSharing(PROFESSIONAL.employer, true)

    await manager.page.reload()
    await manager.openStanding(PROFESSIONAL.name)
    await manager.standing.getByText(/periode 1/i).waitFor()
    await manager.checkAccessibility('/werkgever/:id/team (PE-stand)')

    // Switched off again: the manager's next request is refused.
    await own.setSharing(PROFESSIONAL.employer, false)
    expect((await standingStatus(registrationId)).status).toBe(403)
  })

  it('the professional downloads the certificate of registration as a PDF', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    const own = new MyRegistrationPage(page)
    await own.open()
    const pdf = await own.downloadCertificate()
    expect(pdf.fileName).toMatch(/^registratiebewijs-KM-\d{6}\.pdf$/)
    expect(pdf.bytes.length).toBeGreaterThan(2_000)
  })
})
