import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AuditPage } from '../pages/audit.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { OrganisationsPage } from '../pages/organisations.page.ts'
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

const done = { rolesChanged: false, membershipRemoved: false }

describe('an admin manages staff roles and organisations', () => {
  it('gives the demo editor the moderator role, from the list of users', async () => {
    const admin = demoLogin(/^beheerder$/i)
    const editor = demoLogin(/^redacteur$/i)
    expect(admin.totpSecret, 'the demo admin has MFA set up').toBeTruthy()
    const page = await world.newPage()
    const logIn = new LogInPage(page)
    await logIn.logInAs(admin)
    await logIn.checkAccessibility('ingelogd als beheerder')

    const users = new UsersPage(page)
    await users.openFromNavigation()
    await users.checkAccessibility('/beheer/gebruikers')
    await users.searchByEmail('redacteur')
    await users.rowsWith(editor.email).first().waitFor()
    await users.checkAccessibility('/beheer/gebruikers?email=redacteur')

    await users.openRolesOf(editor.email)
    await users.checkAccessibility('/beheer/gebruikers/:id')
    expect(await users.roleCheckbox(/^redacteur/i).isChecked()).toBe(true)
    expect(await users.roleCheckbox(/^moderator/i).isChecked()).toBe(false)
    await users.roleCheckbox(/^moderator/i).check()
    await users.saveRoles()
    await users.expectRolesSaved()
    await users.checkAccessibility('/beheer/gebruikers/:id (opgeslagen)')

    // The page's address works on its own: a reload (or a pasted link) shows the saved roles.
    await page.reload()
    await users.roleCheckbox(/^moderator/i).waitFor()
    expect(await users.roleCheckbox(/^moderator/i).isChecked()).toBe(true)

    // The list shows both roles now.
    await users.open()
    await users.searchByEmail(editor.email)
    await expect.poll(() => users.rowsWith(editor.email, 'Redacteur', 'Moderator').count()).toBe(1)
    done.rolesChanged = true
  })

  it('cannot take away the admin role from the last admin, and hears why in the error summary (on a phone)', async () => {
    const admin = demoLogin(/^beheerder$/i)
    const page = await world.newPage()
    await new LogInPage(page).logInAs(admin)
    await page.setViewportSize({ width: 360, height: 740 })
    const users = new UsersPage(page)
    await users.open()
    await users.searchByEmail(admin.email)
    expect(await users.hasHorizontalScroll(), 'the list of users fits a 360 px screen').toBe(false)
    await users.openRolesOf(admin.email)
    await users.roleCheckbox(/^beheerder/i).uncheck()
    await users.saveRoles()
    const summary = page.locator('#roles-errors')
    await summary.filter({ hasText: /niemand meer de rol beheerder/i }).waitFor()
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true)
    await users.checkAccessibility('/beheer/gebruikers/:id (laatste beheerder)')
    expect(await users.hasHorizontalScroll(), 'the roles page fits a 360 px screen').toBe(false)
  })

  it('creates Gemeente Almere, adds the demo professional as medewerker and removes them again', async () => {
    const admin = demoLogin(/^beheerder$/i)
    const professional = demoLogin(/^professional/i)
    const page = await world.newPage()
    await new LogInPage(page).logInAs(admin)

    const organisations = new OrganisationsPage(page)
    await organisations.openFromNavigation()
    await organisations.checkAccessibility('/beheer/organisaties')
    await organisations.create({ name: 'Gemeente Almere', kind: /^gemeente$/i, city: 'Almere' })
    await organisations.notice(/gemeente almere is toegevoegd/i).waitFor()
    await organisations.checkAccessibility('/beheer/organisaties/:id (nieuw)')

    await organisations.addMember(professional.email, /^medewerker$/i)
    await organisations.notice(/is toegevoegd als medewerker/i).waitFor()
    await organisations.memberRows(professional.email, 'Medewerker').first().waitFor()
    await organisations.checkAccessibility('/beheer/organisaties/:id (medewerker toegevoegd)')

    await organisations.removeMemberWithKeyboard(professional.email)
    await organisations.notice(/is verwijderd als medewerker/i).waitFor()
    await expect.poll(() => organisations.memberRows(professional.email).count()).toBe(0)
    await organisations.checkAccessibility('/beheer/organisaties/:id (medewerker verwijderd)')

    // The organisation is in the list, filtered by kind.
    await organisations.open()
    await organisations.main.getByRole('link', { name: 'Gemeente Almere' }).waitFor()
    done.membershipRemoved = true
  })
})

describe('the register office sees those changes in the audit trail', () => {
  it('finds the staff-role change and the organisation events', async () => {
    expect(done.rolesChanged && done.membershipRemoved, 'an admin step failed').toBe(true)
    const office = demoLogin(/registerbureau/i)
    const page = await world.newPage()
    await new LogInPage(page).logInAs(office)

    const audit = new AuditPage(page)
    await audit.open()
    await audit.checkAccessibility('/audit')
    await audit.filterByAction('identity.staff-roles.changed')
    // The moderator role given (success) and the refused removal of the last admin (failure).
    await expect.poll(() => audit.rowsWith('identity.staff-roles.changed', 'Gelukt').count()).toBe(1)
    await expect.poll(() => audit.rowsWith('identity.staff-roles.changed', 'Mislukt').count()).toBe(1)
    await audit.checkAccessibility('/audit?wat=identity.staff-roles.changed')

    await audit.filterByAction('organisations.')
    for (const action of [
      'organisations.organisation.created',
      'organisations.membership.added',
      'organisations.membership.removed',
    ]) {
      await expect.poll(() => audit.rowsWith(action).count()).toBeGreaterThan(0)
    }
    await audit.checkAccessibility('/audit?wat=organisations.')
  })
})
