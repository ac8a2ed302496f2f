import type { Locator } from 'playwright-core'
import { BasePage } from './base.page.ts'

export const APPLY_PATH = '/inschrijven'
export const MY_APPLICATIONS_PATH = '/mijn-aanvragen'

/** A file to upload, as the browser would send it (the server checks the type on the content, not the name). */
export interface UploadFile {
  name: string
  mimeType: string
  buffer: Buffer
}

export interface ApplicationInput {
  /** Visible name of the register; left as is when the form has only one register. */
  register?: string | RegExp
  profession: string
  initials: string
  infix?: string
  surname: string
  /** Visible name of the employer in the list (e.g. /Gemeente Zwolle/); leave out with selfEmployed. */
  employer?: string | RegExp
  selfEmployed?: boolean
  institution: string
  programme: string
  /** yyyy-mm-dd */
  diplomaDate: string
  diploma?: UploadFile
  acceptCode?: boolean
}

/**
 * /inschrijven — the application form; /mijn-aanvragen/:id — the applicant's own application with the register
 * office's questions and the answer form. Log in as the applicant first.
 */
export class ApplicationPage extends BasePage {
  /** Opens the form; `employerId` adds `?werkgever=<id>` as an employer's invitation link does. */
  async openForm(employerId?: string) {
    await this.visit(employerId ? `${APPLY_PATH}?werkgever=${employerId}` : APPLY_PATH)
    await this.form.waitFor()
  }

  /** Opens the form through the main navigation item "Inschrijven". */
  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: /hoofdmenu|main/i })
      .getByRole('link', { name: /^(inschrijven|apply)$/i })
      .click()
    await this.form.waitFor()
  }

  get form(): Locator {
    return this.main.getByRole('form', { name: /aanvraag om in te schrijven|application to the register/i })
  }

  /** The error summary of the form: one link per invalid field. */
  get formErrors(): Locator {
    return this.page.locator('#error-summary')
  }

  /** The error message shown at one field (by its label). */
  fieldError(label: RegExp): Locator {
    return this.form
      .locator('.utrecht-form-field', { has: this.page.getByLabel(label) })
      .locator('.utrecht-form-field-error-message')
  }

  /** The employer chosen in the list (its visible text). */
  async chosenEmployer(): Promise<string> {
    return this.form.getByLabel(/^(werkgever|employer)$/i).evaluate((el) => {
      const select = el as HTMLSelectElement
      return select.selectedOptions[0]?.textContent ?? ''
    })
  }

  async fill(input: ApplicationInput) {
    const form = this.form
    if (input.register) await form.getByLabel(/^register$/i).selectOption({ label: String(input.register) })
    await form.getByLabel(/^(beroep|profession)$/i).selectOption({ label: input.profession })
    await form.getByLabel(/^(voorletters|initials)$/i).fill(input.initials)
    await form.getByLabel(/^(tussenvoegsel|name prefix)/i).fill(input.infix ?? '')
    await form.getByLabel(/^(achternaam|surname)$/i).fill(input.surname)
    if (input.employer) {
      const select = form.getByLabel(/^(werkgever|employer)$/i)
      const label = await select.locator('option').filter({ hasText: input.employer }).first().textContent()
      await select.selectOption({ label: label ?? '' })
    }
    if (input.selfEmployed) await form.getByLabel(/zelfstandige|self-employed/i).check()
    await form.getByLabel(/^(onderwijsinstelling|educational institution)$/i).fill(input.institution)
    await form.getByLabel(/^(opleiding|programme)$/i).fill(input.programme)
    await form.getByLabel(/^(datum van je diploma|date of your diploma)$/i).fill(input.diplomaDate)
    if (input.diploma) await form.getByLabel(/^(je diploma|your diploma)$/i).setInputFiles(input.diploma)
    if (input.acceptCode !== false) await form.getByLabel(/beroepscode gelezen|read the professional code and/i).check()
  }

  async submit() {
    await this.form.getByRole('button', { name: /^(aanvraag versturen|send application)$/i }).click()
  }

  /** After a good submit: the applicant's application page; returns the application's id. */
  async expectSubmitted(): Promise<string> {
    await this.page.waitForURL(/\/mijn-aanvragen\/[0-9a-f-]{36}$/)
    await this.main
      .getByRole('status')
      .filter({ hasText: /je aanvraag is verstuurd|has been sent/i })
      .waitFor()
    return this.page.url().split('/').pop()!
  }

  /** After a refused submit: the error summary with its links, which takes focus. */
  async expectErrors(): Promise<string[]> {
    await this.formErrors.getByRole('link').first().waitFor()
    return this.formErrors.getByRole('link').allInnerTexts()
  }

  async openApplication(id: string) {
    await this.visit(`${MY_APPLICATIONS_PATH}/${id}`)
    await this.facts.waitFor()
  }

  /** The facts list of the application (state, register, diploma, …). */
  get facts(): Locator {
    return this.main.getByRole('region', { name: /^(je aanvraag|your application)$/i })
  }

  /** The state as shown in the facts, e.g. "In behandeling", "Vraag aan jou", "Goedgekeurd". */
  async state(): Promise<string> {
    return this.facts.locator('strong').first().innerText()
  }

  /** The questions and answers. */
  get conversation(): Locator {
    return this.main.getByRole('region', { name: /vragen en antwoorden|questions and answers/i })
  }

  get answerForm(): Locator {
    return this.main.getByRole('form', { name: /^(geef antwoord|answer)$/i })
  }

  /** Answers the register office's question, optionally with a file, and waits for the confirmation. */
  async answer(text: string, file?: UploadFile) {
    await this.answerForm.getByLabel(/^(je antwoord|your answer)/i).fill(text)
    if (file) await this.answerForm.getByLabel(/bestand meesturen|add a file/i).setInputFiles(file)
    await this.answerForm.getByRole('button', { name: /^(antwoord versturen|send answer)$/i }).click()
    await this.main
      .getByRole('status')
      .filter({ hasText: /je antwoord is verstuurd|answer has been sent/i })
      .waitFor()
  }
}
