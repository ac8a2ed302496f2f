import type { Page } from 'playwright-core'
import { AccreditationPage } from './accreditation.page.ts'
import { ApplicationPage } from './application.page.ts'
import { AttendancePage } from './attendance.page.ts'
import { BasePage } from './base.page.ts'
import { EmployerPage } from './employer.page.ts'
import { MyRegistrationPage } from './my-registration.page.ts'
import { ResetPasswordPage } from './password-reset.page.ts'
import { PublicRegisterPage, unsignedCredential, VerifyCredentialPage } from './public-register.page.ts'
import { RegistersPage } from './registers.page.ts'
import { RegistrationsPage } from './registrations.page.ts'
import { ReregistrationPage } from './reregistration.page.ts'
import { ReviewPage } from './review.page.ts'
import { SelfReportsPage } from './self-reports.page.ts'

/** One page of the web app as a visitor reaches it by address, with its h1 in Dutch and in English. */
export interface PublicPage {
  path: string
  label: string
  heading: { nl: RegExp; en: RegExp }
  /** Brings the page into the state to scan (e.g. the error after submitting a bad reset link). */
  settle?: (page: Page) => Promise<void>
}

/** Every page a visitor without an account can reach, including the error states of bad mail links and a 404. */
export const PUBLIC_PAGES: PublicPage[] = [
  { path: '/', label: 'home', heading: { nl: /het register voor jouw vak/i, en: /the register for your profession/i } },
  { path: '/aanmelden', label: 'aanmelden', heading: { nl: /^account maken$/i, en: /^create account$/i } },
  { path: '/inloggen', label: 'inloggen', heading: { nl: /^inloggen$/i, en: /^log in$/i } },
  {
    path: '/wachtwoord-vergeten',
    label: 'wachtwoord vergeten',
    heading: { nl: /^wachtwoord vergeten$/i, en: /^forgot password$/i },
  },
  {
    path: '/wachtwoord-herstellen?token=deze-link-is-ongeldig',
    label: 'wachtwoord herstellen (ongeldige link, na versturen)',
    heading: { nl: /^nieuw wachtwoord kiezen$/i, en: /^choose a new password$/i },
    settle: (page) => new ResetPasswordPage(page).submitExpectingError('Een-lang-en-sterk-wachtwoord-2025'),
  },
  {
    path: '/wachtwoord-herstellen',
    label: 'wachtwoord herstellen (link zonder code)',
    heading: { nl: /^nieuw wachtwoord kiezen$/i, en: /^choose a new password$/i },
  },
  {
    path: '/verifieren?token=deze-link-is-ongeldig',
    label: 'verifiëren (ongeldige link)',
    heading: { nl: /^deze link werkt niet$/i, en: /^this link does not work$/i },
  },
  {
    path: '/toegankelijkheid',
    label: 'toegankelijkheid',
    heading: { nl: /^toegankelijkheid$/i, en: /^accessibility$/i },
  },
  { path: '/privacy', label: 'privacy', heading: { nl: /^privacy$/i, en: /^privacy$/i } },
  { path: '/contact', label: 'contact', heading: { nl: /^contact$/i, en: /^contact$/i } },
  { path: '/beroepscode', label: 'beroepscode', heading: { nl: /^beroepscode$/i, en: /^professional code$/i } },
  ...publicRegisterPages(),
  {
    path: '/deze-pagina-bestaat-niet',
    label: '404',
    heading: { nl: /^deze pagina bestaat niet$/i, en: /^this page does not exist$/i },
  },
]

/** The public register and the credential check, in their states: empty, results, errors, a person, not found. */
function publicRegisterPages(): PublicPage[] {
  const search = { nl: /^zoeken in het register$/i, en: /^search the register$/i }
  const verify = { nl: /^certificaat controleren$/i, en: /^check a certificate$/i }
  return [
    { path: '/register', label: 'register zoeken', heading: search },
    {
      path: '/register?achternaam=van+der+Berg',
      label: 'register zoeken (resultaten)',
      heading: search,
      settle: (page) => new PublicRegisterPage(page).rowsWith('van den Berg').first().waitFor(),
    },
    {
      path: '/register?nummer=KM-12',
      label: 'register zoeken (nummer in de verkeerde vorm)',
      heading: search,
      settle: (page) => new PublicRegisterPage(page).searchErrors.waitFor(),
    },
    {
      path: '/register?achternaam=Bouzid',
      label: 'registratie (geschorst, met maatregel)',
      heading: search,
      settle: async (page) => {
        const register = new PublicRegisterPage(page)
        await register.openResult('M. Bouzid')
        await register.measure.waitFor()
      },
    },
    {
      path: '/register/KM-999999',
      label: 'registratie niet gevonden',
      heading: { nl: /^registratie niet gevonden$/i, en: /^registration not found$/i },
    },
    { path: '/controleren', label: 'certificaat controleren', heading: verify },
    {
      path: '/controleren',
      label: 'certificaat controleren (geen JSON)',
      heading: verify,
      settle: async (page) => {
        const check = new VerifyCredentialPage(page)
        await check.paste('{ dit is geen certificaat')
        await check.submit()
        await check.errors.waitFor()
      },
    },
    {
      path: '/controleren',
      label: 'certificaat controleren (uitkomst: handtekening klopt niet)',
      heading: verify,
      settle: async (page) => {
        const check = new VerifyCredentialPage(page)
        await check.paste(unsignedCredential(new URL(page.url()).origin, 'KM-000001'))
        await check.submit()
        await check.outcome.waitFor()
      },
    },
  ]
}

/** The register office's registration pages (log in as the demo register office first), in their states. */
export const REGISTER_OFFICE_PAGES: PublicPage[] = (() => {
  const list = { nl: /^registraties$/i, en: /^registrations$/i }
  return [
    { path: '/registerbureau/registraties', label: 'registraties', heading: list },
    {
      path: '/registerbureau/registraties?naam=Jansen',
      label: 'registraties (zoekresultaten)',
      heading: list,
      settle: (page) => new RegistrationsPage(page).rowsWith('Jansen').first().waitFor(),
    },
    {
      path: '/registerbureau/registraties?naam=Bouzid',
      label: 'registratie (geschorst, alle besluitformulieren open)',
      heading: list,
      settle: async (page) => {
        const registrations = new RegistrationsPage(page)
        await registrations.openBySurname('Bouzid', 'M. Bouzid')
        const closed = registrations.main.locator('details:not([open]) > summary')
        while ((await closed.count()) > 0) await closed.first().click()
      },
    },
    ...reviewPages(),
    ...registerConfigurationPages(),
    {
      path: '/registerbureau/verzoeken',
      label: 'verzoeken over persoonsgegevens',
      heading: { nl: /^verzoeken over persoonsgegevens$/i, en: /^requests about personal data$/i },
      settle: (page) =>
        page
          .getByRole('main')
          .getByRole('button', { name: /^besluit opslaan$/i })
          .first()
          .waitFor(),
    },
  ]
})()

/** The professional's own pages (log in as the demo professional first), in their states. */
export const PROFESSIONAL_PAGES: PublicPage[] = [
  ...applyPages(),
  {
    path: '/mijn-registratie',
    label: 'mijn registratie',
    heading: { nl: /^mijn registratie$/i, en: /^my registration$/i },
    settle: (page) => new MyRegistrationPage(page).certificateLink.first().waitFor(),
  },
  {
    path: '/mijn-gegevens',
    label: 'mijn gegevens',
    heading: { nl: /^mijn gegevens$/i, en: /^my data$/i },
    settle: (page) => page.getByRole('heading', { name: /^registraties$/i }).waitFor(),
  },
  {
    path: '/mijn-gegevens',
    label: 'mijn gegevens (verzoek zonder toelichting)',
    heading: { nl: /^mijn gegevens$/i, en: /^my data$/i },
    settle: async (page) => {
      await page.getByRole('button', { name: /^verzoek versturen$/i }).click()
      await page.locator('#correction-errors').waitFor()
    },
  },
]

/** The employer manager's pages for one organisation (log in as the demo werkgever first), in their states. */
export function employerPages(organisationId: string): PublicPage[] {
  const invite = { nl: /^medewerkers uitnodigen$/i, en: /^invite staff$/i }
  return [
    {
      path: `/werkgever/${organisationId}/team`,
      label: 'werkgever: team',
      heading: { nl: /^team van /i, en: /^team of /i },
      settle: (page) => new EmployerPage(page).teamRow('El Amrani').waitFor(),
    },
    { path: `/werkgever/${organisationId}/uitnodigen`, label: 'werkgever: uitnodigen', heading: invite },
    {
      path: `/werkgever/${organisationId}/uitnodigen`,
      label: 'werkgever: uitnodigen (foute regels)',
      heading: invite,
      settle: async (page) => {
        const employer = new EmployerPage(page)
        await employer.invite(['geen-adres', 'ook@fout'])
        await employer.inviteErrors.waitFor()
      },
    },
  ]
}

/** Configuring registers (register office and admins): the list, the empty form, its errors, an edit form. */
function registerConfigurationPages(): PublicPage[] {
  const list = { nl: /^registers$/i, en: /^registers$/i }
  const add = { nl: /^register toevoegen$/i, en: /^add a register$/i }
  return [
    {
      path: '/beheer/registers',
      label: 'registers',
      heading: list,
      settle: (page) => new RegistersPage(page).rowsWith('Register Klantmanagers').first().waitFor(),
    },
    { path: '/beheer/registers/nieuw', label: 'register toevoegen', heading: add },
    {
      path: '/beheer/registers/nieuw',
      label: 'register toevoegen (alle velden fout)',
      heading: add,
      settle: async (page) => {
        const registers = new RegistersPage(page)
        await registers.fill({ numberPrefix: 'k1', professions: [] })
        await registers.submit()
        await registers.formErrors.getByRole('link').first().waitFor()
      },
    },
    {
      path: '/beheer/registers',
      label: 'register wijzigen',
      heading: list,
      settle: (page) => new RegistersPage(page).openEdit('Register Klantmanagers'),
    },
  ]
}

/** Opens a page by its address and waits for its h1 in the given language (and its settled state). */
export async function openPublicPage(page: Page, entry: PublicPage, lang: 'nl' | 'en' = 'nl'): Promise<BasePage> {
  const base = new BasePage(page)
  await page.goto(entry.path)
  await page.getByRole('heading', { level: 1, name: entry.heading[lang] }).waitFor()
  await entry.settle?.(page)
  return base
}

/** Applying (any logged-in person): the form, the form with every field wrong, the list of one's applications. */
function applyPages(): PublicPage[] {
  const apply = { nl: /^inschrijven in het register$/i, en: /^apply to the register$/i }
  return [
    { path: '/inschrijven', label: 'inschrijven', heading: apply },
    {
      path: '/inschrijven',
      label: 'inschrijven (alle velden leeg)',
      heading: apply,
      settle: async (page) => {
        const application = new ApplicationPage(page)
        await application.submit()
        await application.expectErrors()
      },
    },
    {
      path: '/mijn-aanvragen',
      label: 'mijn aanvragen',
      heading: { nl: /^mijn aanvragen$/i, en: /^my applications$/i },
    },
  ]
}

/** The register office's review queue (the seeded candidates wait in it) and one application, every form open. */
function reviewPages(): PublicPage[] {
  const queue = { nl: /^aanvragen$/i, en: /^applications$/i }
  return [
    {
      path: '/registerbureau/aanvragen',
      label: 'aanvragen (wachtrij)',
      heading: queue,
      settle: (page) => new ReviewPage(page).rowsWith('Huisman').first().waitFor(),
    },
    {
      path: '/registerbureau/aanvragen',
      label: 'aanvraag beoordelen (alle besluitformulieren open)',
      heading: queue,
      settle: async (page) => {
        const review = new ReviewPage(page)
        await review.openApplication(/Huisman/)
        const closed = review.main.locator('details:not([open]) > summary')
        while ((await closed.count()) > 0) await closed.first().click()
      },
    },
  ]
}

/** Clicks the first link in the first row of the main table and waits for the page it leads to. */
async function openFirstRow(page: Page, url: RegExp) {
  await page.getByRole('main').locator('tbody tr').first().getByRole('link').first().click()
  await page.waitForURL(url)
  await page.getByRole('heading', { level: 1 }).waitFor()
}

/** Opens every closed disclosure (decision and action forms) in the main landmark. */
async function openAllDisclosures(page: Page) {
  const closed = page.getByRole('main').locator('details:not([open]) > summary')
  while ((await closed.count()) > 0) await closed.first().click()
}

/** Waits until the page shows its first table row or its empty message, i.e. the data has loaded. */
const firstRowOr = (page: Page, empty: RegExp) =>
  page.getByRole('main').locator('tbody tr').first().or(page.getByRole('main').getByText(empty)).first().waitFor()

/** The public catalogue of accredited activities (issue 4): the list and one activity. */
export function cataloguePages(): PublicPage[] {
  const catalogue = { nl: /^geaccrediteerde activiteiten$/i, en: /^accredited activities$/i }
  const firstActivity = (page: Page) =>
    page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link').first()
  return [
    {
      path: '/activiteiten',
      label: 'activiteiten (catalogus)',
      heading: catalogue,
      settle: (page) => firstActivity(page).waitFor(),
    },
    {
      path: '/activiteiten',
      label: 'activiteit (catalogus)',
      heading: catalogue,
      settle: async (page) => {
        await firstActivity(page).click()
        await page.waitForURL(/\/activiteiten\/A-\d{4}-\d{5}$/)
        await page.getByRole('heading', { level: 1, name: /^(?!(activiteit|activity)$)/i }).waitFor()
      },
    },
  ]
}

/** The professional's CPD pages (issue 4): the dossier, reporting an activity (and its errors), the list, re-registration. */
export function myPointsPages(): PublicPage[] {
  const add = { nl: /^activiteit inbrengen$/i, en: /^report an activity$/i }
  return [
    {
      path: '/mijn-pe-punten',
      label: 'mijn pe-dossier',
      heading: { nl: /^mijn pe-dossier$/i, en: /^my cpd dossier$/i },
      settle: (page) => page.getByRole('main').getByRole('progressbar').first().waitFor(),
    },
    {
      path: '/mijn-pe-punten/activiteit-toevoegen',
      label: 'activiteit inbrengen',
      heading: add,
      settle: (page) => new SelfReportsPage(page).form.waitFor(),
    },
    {
      path: '/mijn-pe-punten/activiteit-toevoegen',
      label: 'activiteit inbrengen (alle velden leeg)',
      heading: add,
      settle: async (page) => {
        const selfReports = new SelfReportsPage(page)
        await selfReports.submit()
        await selfReports.expectErrors()
      },
    },
    {
      path: '/mijn-pe-punten/zelf-ingebracht',
      label: 'zelf ingebrachte activiteiten',
      heading: { nl: /^zelf ingebrachte activiteiten$/i, en: /^self-reported activities$/i },
      settle: (page) => firstRowOr(page, /nog geen activiteiten ingebracht/i),
    },
    {
      path: '/mijn-pe-punten/herregistratie',
      label: 'herregistratie',
      heading: { nl: /^herregistratie$/i, en: /^re-registration$/i },
      settle: (page) => new ReregistrationPage(page).normCheck.waitFor(),
    },
  ]
}

/**
 * The register office's CPD pages (issue 4): accreditation (queue, one request with every form open, objections,
 * accredited providers), self-reported activities (queue, one with every form open, spot check), re-registrations,
 * a professional's dossier and the norms.
 */
export function officePointsPages(): PublicPage[] {
  const accreditations = { nl: /^accreditaties$/i, en: /^accreditations$/i }
  const selfReports = { nl: /^zelf ingebrachte activiteiten beoordelen$/i, en: /^review self-reported activities$/i }
  const norms = { nl: /^herregistratienormen$/i, en: /^re-registration norms$/i }
  return [
    {
      path: '/registerbureau/accreditaties',
      label: 'accreditaties (wachtrij)',
      heading: accreditations,
      settle: (page) => firstRowOr(page, /niets op deze lijst/i),
    },
    {
      path: '/registerbureau/accreditaties',
      label: 'accreditatie beoordelen (alle formulieren open)',
      heading: accreditations,
      settle: async (page) => {
        await openFirstRow(page, /\/registerbureau\/accreditaties\/[0-9a-f-]{36}$/)
        await page
          .getByRole('main')
          .getByRole('region', { name: /^besluit$/i })
          .waitFor()
        await openAllDisclosures(page)
      },
    },
    {
      path: '/registerbureau/accreditaties/bezwaren',
      label: 'accreditaties: bezwaren',
      heading: { nl: /^bezwaren$/i, en: /^objections$/i },
      settle: (page) => firstRowOr(page, /geen open bezwaren|no open objections/i),
    },
    {
      path: '/registerbureau/accreditaties/erkende-aanbieders',
      label: 'accreditaties: erkende aanbieders',
      heading: { nl: /^erkende aanbieders$/i, en: /^accredited providers$/i },
      settle: (page) => page.getByRole('main').locator('tbody tr').first().waitFor(),
    },
    {
      path: '/registerbureau/zelf-ingebracht',
      label: 'zelf ingebrachte activiteiten (wachtrij)',
      heading: selfReports,
      settle: (page) => firstRowOr(page, /wachten geen activiteiten/i),
    },
    {
      path: '/registerbureau/zelf-ingebracht',
      label: 'zelf ingebrachte activiteit beoordelen (alle formulieren open)',
      heading: selfReports,
      settle: async (page) => {
        await openFirstRow(page, /\/registerbureau\/zelf-ingebracht\/[0-9a-f-]{36}$/)
        await new SelfReportsPage(page).facts.waitFor()
        await openAllDisclosures(page)
      },
    },
    {
      path: '/registerbureau/steekproef',
      label: 'steekproef',
      heading: { nl: /^steekproef$/i, en: /^spot check$/i },
      settle: (page) =>
        page
          .getByRole('main')
          .getByRole('region', { name: /^getrokken activiteiten$/i })
          .waitFor(),
    },
    {
      path: '/registerbureau/herregistraties',
      label: 'herregistraties (wachtrij)',
      heading: { nl: /^herregistraties$/i, en: /^re-registrations$/i },
      settle: (page) => firstRowOr(page, /geen verzoeken met deze stand/i),
    },
    {
      path: '/registerbureau/registraties?naam=Jansen',
      label: 'pe-dossier van een professional',
      heading: { nl: /^registraties$/i, en: /^registrations$/i },
      settle: async (page) => {
        await openFirstRow(page, /\/registerbureau\/registraties\/[0-9a-f-]{36}$/)
        await page
          .getByRole('main')
          .getByRole('link', { name: /^bekijk het pe-dossier$/i })
          .click()
        await page.waitForURL(/\/pe-dossier$/)
        await page.getByRole('heading', { level: 1, name: /^pe-dossier van /i }).waitFor()
        await page.getByRole('main').getByRole('progressbar').first().waitFor()
      },
    },
    { path: '/beheer/normen', label: 'herregistratienormen', heading: norms },
    {
      path: '/beheer/normen',
      label: 'norm van een register',
      heading: norms,
      settle: async (page) => {
        await page
          .getByRole('main')
          .getByRole('link', { name: /^norm van het /i })
          .first()
          .click()
        await page.getByRole('heading', { level: 1, name: /^norm van het /i }).waitFor()
        await page.getByRole('main').locator('table, form').first().waitFor()
      },
    },
  ]
}

/** A provider's pages for one organisation (log in as a demo opleider first), with a past run for attendance. */
export function providerPages(organisationId: string, runId: string): PublicPage[] {
  const list = { nl: /^activiteiten van /i, en: /^activities of /i }
  const request = { nl: /^accreditatie aanvragen$/i, en: /^request accreditation$/i }
  const attendance = { nl: /^presentie: /i, en: /^attendance: /i }
  return [
    {
      path: `/aanbieder/${organisationId}/activiteiten`,
      label: 'aanbieder: activiteiten',
      heading: list,
      settle: (page) => page.getByRole('main').locator('tbody tr').first().waitFor(),
    },
    {
      path: `/aanbieder/${organisationId}/activiteiten`,
      label: 'aanbieder: activiteit (alle formulieren open)',
      heading: list,
      settle: async (page) => {
        await openFirstRow(page, /\/activiteiten\/[0-9a-f-]{36}$/)
        await new AccreditationPage(page).decisionFacts.waitFor()
        await openAllDisclosures(page)
      },
    },
    {
      path: `/aanbieder/${organisationId}/activiteiten/nieuw`,
      label: 'aanbieder: accreditatie aanvragen',
      heading: request,
    },
    {
      path: `/aanbieder/${organisationId}/activiteiten/nieuw`,
      label: 'aanbieder: accreditatie aanvragen (alle velden leeg)',
      heading: request,
      settle: async (page) => {
        await new AccreditationPage(page).submitRequestForm()
      },
    },
    {
      path: `/aanbieder/uitvoeringen/${runId}/presentie`,
      label: 'aanbieder: presentie van een uitvoering',
      heading: attendance,
      settle: (page) => new AttendancePage(page).presentList.waitFor(),
    },
    {
      path: `/aanbieder/uitvoeringen/${runId}/presentie`,
      label: 'aanbieder: presentie (controle van een geplakte lijst)',
      heading: attendance,
      settle: async (page) => {
        const run = new AttendancePage(page)
        await run.checkList(['KM-999999', 'geen-nummer'])
        await run.report.waitFor()
      },
    },
    {
      path: `/aanbieder/${organisationId}/api-sleutels`,
      label: 'aanbieder: api-sleutels',
      heading: { nl: /^api-sleutels van /i, en: /^api keys of /i },
    },
  ]
}
