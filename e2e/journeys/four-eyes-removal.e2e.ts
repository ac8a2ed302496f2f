import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LogInPage } from '../pages/log-in.page.ts'
import { PublicRegisterPage } from '../pages/public-register.page.ts'
import { isoDateInMonths, RegistrationsPage } from '../pages/registrations.page.ts'
import { UsersPage } from '../pages/users.page.ts'
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

/** A registered demo professional (see apps/server/src/db/seed-data.ts). */
const PERSON = { surname: 'Jansen', name: 'D. Jansen' }
const REASON = 'Tuchtuitspraak van 3 november: doorhaling.'

describe('removal needs a second member of the register office (four eyes)', () => {
  it('the admin makes the demo editor a second register-office member', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/^beheerder$/i))
    const users = new UsersPage(page)
    const editor = demoLogin(/^redacteur$/i)
    await users.open()
    await users.searchByEmail(editor.email)
    await users.openRolesOf(editor.email)
    await users.roleCheckbox(/^registerbureau/i).check()
    await users.saveRoles()
    await users.expectRolesSaved()
  })

  it('one member asks for removal and cannot confirm it; a colleague confirms; the public page shows it', async () => {
    // Marieke (register office) asks for the removal.
    const first = await world.newPage()
    await new LogInPage(first).logInAs(demoLogin(/^registerbureau$/i))
    const asker = new RegistrationsPage(first)
    await asker.openFromNavigation()
    await asker.checkAccessibility('/registerbureau/registraties')
    await asker.search({ surname: PERSON.surname })
    await asker.checkAccessibility('/registerbureau/registraties?naam=Jansen')
    await asker.openBySurname(PERSON.surname, PERSON.name)
    await asker.checkAccessibility('/registerbureau/registraties/:id')

    // A request without a reason and public period is refused, field by field, and nothing changes.
    const form = await asker.openAction(/^doorhaling aanvragen$/i)
    await form.getByRole('button', { name: /^doorhaling aanvragen$/i }).click()
    await first.locator('#action-removal-errors').filter({ hasText: /reden/i }).waitFor()
    await asker.checkAccessibility('/registerbureau/registraties/:id (fouten in het formulier)')

    await asker.requestRemoval({ reason: REASON, publicUntil: isoDateInMonths(24) })
    await asker.checkAccessibility('/registerbureau/registraties/:id (doorhaling wacht)')
    // The one who asked sees no confirm button, but a line that a colleague must confirm.
    expect(await asker.confirmRemovalButton.count()).toBe(0)
    await asker.pendingRemoval.getByText(/je eigen verzoek niet zelf bevestigen/i).waitFor()
    // Nor can they confirm through the API: a clear Dutch refusal.
    const me = await (await first.request.get('/api/v1/me')).json()
    const registrationId = new URL(first.url()).pathname.split('/').pop()
    const detail = await (await first.request.get(`/api/v1/registrations/${registrationId}`)).json()
    const self = await first.request.post(
      `/api/v1/registrations/${registrationId}/removal-requests/${detail.pendingRemoval.id}/confirmation`,
      { headers: { 'x-csrf-token': me.session.csrfToken } },
    )
    expect(self.status()).toBe(409)
    expect((await self.json()).detail).toMatch(/niet zelf bevestigen/)
    await asker
      .fact(/^status$/i)
      .filter({ hasText: /geregistreerd/i })
      .waitFor()

    // Thomas, now also register office, confirms.
    const second = await world.newPage()
    await new LogInPage(second).logInAs(demoLogin(/^redacteur$/i))
    const confirmer = new RegistrationsPage(second)
    await confirmer.openFromNavigation()
    await confirmer.openBySurname(PERSON.surname, PERSON.name)
    await confirmer.pendingRemoval.getByText(REASON).waitFor()
    await confirmer.confirmRemoval()
    await confirmer
      .fact(/^status$/i)
      .filter({ hasText: /doorgehaald/i })
      .waitFor()
    await confirmer.historyRows('Doorgehaald', 'Marieke de Boer', 'bevestigd door Thomas Visser').first().waitFor()
    await confirmer.checkAccessibility('/registerbureau/registraties/:id (doorgehaald)')

    // Anyone can now see the removal in the public register.
    const visitor = await world.newPage()
    const register = new PublicRegisterPage(visitor)
    await register.open()
    await register.searchBySurname(PERSON.surname)
    await register.openResult(PERSON.name)
    await register.measure.filter({ hasText: /doorhaling|doorgehaald/i }).waitFor()
    await register.status.filter({ hasText: /doorgehaald/i }).waitFor()
  })

  it('the register office suspends a registration by its number; the public page shows the suspension', async () => {
    const page = await world.newPage()
    await new LogInPage(page).logInAs(demoLogin(/^registerbureau$/i))
    const found = await (await page.request.get('/api/v1/registrations?surname=Bakker&status=registered')).json()
    const number: string = found.items[0].registrationNumber
    const registrations = new RegistrationsPage(page)
    await registrations.suspend(number, { reason: 'Onderzoek naar een klacht.', publicUntil: isoDateInMonths(6) })
    await registrations.historyRows('Geschorst', 'Onderzoek naar een klacht.').first().waitFor()
    await registrations.checkAccessibility('/registerbureau/registraties/:id (geschorst)')

    const visitor = new PublicRegisterPage(await world.newPage())
    await visitor.open()
    await visitor.searchByNumber(number)
    await visitor.openResult('L. Bakker')
    await visitor.measure.filter({ hasText: /schorsing/i }).waitFor()
  })
})
