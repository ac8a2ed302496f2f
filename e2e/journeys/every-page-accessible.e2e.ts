import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { AccountPage } from '../pages/account.page.ts'
import { agendaProfessionalPages, agendaPublicPages, createEvent } from '../pages/agenda.page.ts'
import { AuditPage } from '../pages/audit.page.ts'
import type { BasePage } from '../pages/base.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { createOnlineEvent, organiserEventPages } from '../pages/organiser-events.page.ts'
import {
  cataloguePages,
  employerPages,
  myPointsPages,
  officePointsPages,
  openPublicPage,
  PROFESSIONAL_PAGES,
  PUBLIC_PAGES,
  providerPages,
  REGISTER_OFFICE_PAGES,
} from '../pages/site-map.ts'
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

const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 360, height: 740 }

/**
 * Scans the page as it is now with axe, first at 1280 px, then at 360 px (where it must not scroll sideways
 * either). Every problem is collected, so one run names them all.
 */
async function checkBothWidths(page: Page, base: BasePage, label: string, problems: string[]) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size)
    try {
      await base.checkAccessibility(`${label} (${size.width} px)`)
    } catch (error) {
      problems.push((error as Error).message)
    }
    if (size === PHONE && (await base.hasHorizontalScroll())) problems.push(`${label} scrolls sideways at 360 px`)
  }
  await page.setViewportSize(DESKTOP)
}

function expectNoProblems(problems: string[]) {
  expect(problems, problems.join('\n\n')).toEqual([])
}

describe('every page of Vakregister is accessible (WCAG 2.2 AA) on a desktop and on a phone', () => {
  // Every public page, including bad mail links and a page that does not exist: seven pages per test, so each test
  // stays well inside its time limit on a busy machine (two widths and an axe scan per page).
  for (let first = 0; first < PUBLIC_PAGES.length; first += 7) {
    const pages = PUBLIC_PAGES.slice(first, first + 7)
    it(`public pages: ${pages.map((entry) => entry.label).join(', ')}`, async () => {
      const page = await world.newPage(DESKTOP)
      const problems: string[] = []
      for (const entry of pages) {
        const base = await openPublicPage(page, entry)
        expect(await base.htmlLang(), `${entry.path} is in Dutch`).toBe('nl')
        await checkBothWidths(page, base, entry.label, problems)
      }
      expectNoProblems(problems)
    })
  }

  it("a professional's account page: profile, password, two-step verification and sessions", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    const problems: string[] = []

    const account = new AccountPage(page)
    await account.open()
    await account.waitUntilLoaded()
    await expect.poll(() => account.currentSessionRow.count()).toBe(1)
    await checkBothWidths(page, account, '/account', problems)

    // The password section's error state: its own error summary, inside the page.
    await account
      .section('password')
      .getByRole('button', { name: /^wachtwoord veranderen$/i })
      .click()
    await account.section('password').locator('#password-errors').waitFor()
    await checkBothWidths(page, account, '/account (wachtwoord: fouten)', problems)

    // The set-up page of two-step verification (the demo professional has no MFA yet).
    await account.page.goto('/account/tweestapsverificatie')
    await account.main.getByText(/geheime sleutel om over te typen/i).waitFor()
    await account.main.getByRole('img', { name: /qr-code/i }).waitFor()
    await checkBothWidths(page, account, '/account/tweestapsverificatie', problems)
    expectNoProblems(problems)
  })

  it("the register office's registration pages: the list, search results and a registration with its forms", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/^registerbureau$/i))
    const problems: string[] = []
    for (const entry of REGISTER_OFFICE_PAGES) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  })

  it("a professional's own registration and data pages", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    const problems: string[] = []
    for (const entry of PROFESSIONAL_PAGES) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  })

  it("an employer manager's team and invitation pages", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/werkgever/i))
    const me = await (await page.request.get('/api/v1/me')).json()
    const organisationId: string = me.memberships.find(
      (m: { role: string }) => m.role === 'employer_manager',
    ).organisationId
    const problems: string[] = []
    for (const entry of employerPages(organisationId)) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  })

  // Issue 4 (CPD points): the catalogue, the professional's points pages and the register office's, each role in its
  // own test; scanning at two widths takes a while on a busy machine, hence the longer time limits.
  it('the public catalogue of accredited activities and one activity', async () => {
    const page = await world.newPage(DESKTOP)
    const problems: string[] = []
    for (const entry of cataloguePages()) {
      const base = await openPublicPage(page, entry)
      expect(await base.htmlLang(), `${entry.path} is in Dutch`).toBe('nl')
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  })

  it("a professional's CPD dossier, reporting an activity, the list of reported activities and re-registration", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    const problems: string[] = []
    for (const entry of myPointsPages()) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  }, 240_000)

  it("the register office's CPD pages: accreditation, self-reported activities, spot check, re-registrations, a dossier, norms", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/^registerbureau$/i))
    const problems: string[] = []
    for (const entry of officePointsPages()) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  }, 360_000)

  it("a provider's activities, request form, one activity, the attendance of a past run and the API keys", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/opleider \(hogeschool\)/i))
    const me = await (await page.request.get('/api/v1/me')).json()
    const organisationId: string = me.memberships.find(
      (m: { role: string }) => m.role === 'provider_staff',
    ).organisationId
    // A run that has ended, of one of its accredited activities: its attendance can be booked.
    const today = new Date().toISOString().slice(0, 10)
    const own = `/api/v1/organisations/${organisationId}/activities`
    const list = await (await page.request.get(`${own}?pageSize=50`)).json()
    let runId = ''
    for (const activity of list.items as { id: string; state: string }[]) {
      if (activity.state !== 'accredited' || runId) continue
      const detail = await (await page.request.get(`${own}/${activity.id}`)).json()
      runId = (detail.runs as { id: string; endsOn: string }[]).find((run) => run.endsOn < today)?.id ?? ''
    }
    expect(runId, 'the demo provider has a past run of an accredited activity').not.toBe('')
    const problems: string[] = []
    for (const entry of providerPages(organisationId, runId)) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  }, 240_000)

  // Issue 5 (agenda): an event made by the demo provider, seen by a visitor and by a professional who signs up.
  it('the agenda: list, search error, month view, one event; signed up, my sign-ups and the offer page', async () => {
    const providerPage = await world.newPage(DESKTOP)
    await new LogInPage(providerPage).logInAs(demoLogin(/opleider \(hogeschool\)/i))
    const provider = await (await providerPage.request.get('/api/v1/me')).json()
    const organisationId: string = provider.memberships.find(
      (m: { role: string }) => m.role === 'provider_staff',
    ).organisationId
    const event = await createEvent(providerPage, organisationId, provider.session.csrfToken)
    const problems: string[] = []

    const visitor = await world.newPage(DESKTOP)
    for (const entry of agendaPublicPages(event)) {
      const base = await openPublicPage(visitor, entry)
      expect(await base.htmlLang(), `${entry.path} is in Dutch`).toBe('nl')
      await checkBothWidths(visitor, base, entry.label, problems)
    }

    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/professional/i))
    for (const entry of agendaProfessionalPages(event)) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    // The ticket on my sign-ups (opened), and the QR code's address opened by someone who is not the organiser.
    const ticketPages = [
      {
        path: '/mijn-aanmeldingen',
        label: 'mijn aanmeldingen (ticket geopend)',
        heading: { nl: /^mijn aanmeldingen$/i, en: /^my sign-ups$/i },
        settle: async (p: typeof page) => {
          await p.getByText(`Ticket voor ${event.title}`).click()
          await p.getByRole('img', { name: /qr-code van je ticket/i }).waitFor()
        },
      },
      {
        path: '/agenda/ticket?ticket=t1.e30.AAAA',
        label: 'ticket-adres (geen organisator)',
        heading: { nl: /^ticket voor een bijeenkomst$/i, en: /^ticket for an event$/i },
        settle: (p: typeof page) => p.getByText(/de organisator scant het bij de ingang/i).waitFor(),
      },
    ]
    for (const entry of ticketPages) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    // The page of the link in the waiting-list mail, for the professional's own (confirmed) sign-up.
    const mine = await (await page.request.get('/api/v1/me/event-sign-ups')).json()
    const signUpId: string = mine.items.find((s: { event: { id: string } }) => s.event.id === event.eventId).id
    const offer = await openPublicPage(page, {
      path: `/agenda/aanmeldingen/${signUpId}/bevestigen`,
      label: 'plaats bevestigen (al bevestigd)',
      heading: { nl: /^plaats bevestigen$/i, en: /^confirm your place$/i },
      settle: (p) =>
        p
          .getByRole('main')
          .getByText(/je plaats is bevestigd/i)
          .waitFor(),
    })
    await checkBothWidths(page, offer, 'plaats bevestigen (al bevestigd)', problems)
    expectNoProblems(problems)
  }, 300_000)

  // Issue 5 (agenda): the organiser's pages of an event with one sign-up (the provider's own, through the API).
  it("the organiser's events: list, new with errors, one event with mail and cancel steps, change, check-in", async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/opleider \(hogeschool\)/i))
    const me = await (await page.request.get('/api/v1/me')).json()
    const organisationId: string = me.memberships.find(
      (m: { role: string }) => m.role === 'provider_staff',
    ).organisationId
    const event = await createEvent(page, organisationId, me.session.csrfToken)
    const signUp = await page.request.post(`/api/v1/events/${event.eventId}/sign-ups`, {
      headers: { 'x-csrf-token': me.session.csrfToken },
    })
    expect(signUp.status(), await signUp.text()).toBe(201)
    const online = await createOnlineEvent(page, organisationId, me.session.csrfToken)
    const toCancel = await createEvent(page, organisationId, me.session.csrfToken)
    const problems: string[] = []
    for (const entry of organiserEventPages(organisationId, event.eventId, event.title, online, toCancel)) {
      const base = await openPublicPage(page, entry)
      await checkBothWidths(page, base, entry.label, problems)
    }
    expectNoProblems(problems)
  }, 240_000)

  it('the register office reads the audit trail, with results and after filtering', async () => {
    const page = await world.newPage(DESKTOP)
    await new LogInPage(page).logInAs(demoLogin(/registerbureau/i))
    const problems: string[] = []

    const audit = new AuditPage(page)
    await audit.open()
    await expect.poll(() => audit.main.locator('tbody tr').count()).toBeGreaterThan(0)
    await checkBothWidths(page, audit, '/audit', problems)

    await audit.filterByAction('identity.login')
    await expect.poll(() => audit.rowsWith('identity.login').count()).toBeGreaterThan(0)
    await checkBothWidths(page, audit, '/audit?action=identity.login', problems)

    // A filter that finds nothing shows its own message.
    await audit.filterByAction('bestaat.niet')
    await audit.main.getByText(/geen gebeurtenissen gevonden/i).waitFor()
    await checkBothWidths(page, audit, '/audit (niets gevonden)', problems)
    expectNoProblems(problems)
  })
})
