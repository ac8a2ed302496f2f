// The declaration form (verklaring) for a self-reported activity: a tagged, accessible A4 PDF, pre-filled with the
// professional's name and registration number, to be signed by the supervisor or the chair of the group. The
// professional uploads the signed form as evidence (evidenceKind `declaration`).
import PDFDocument from 'pdfkit'
import type { Locale } from '../../platform/http/messages.ts'
import { KIND_NAMES } from './points.self-reports.messages.ts'
import type { SelfReportKind } from './points.self-reports.tables.ts'

export interface DeclarationInput {
  locale: Locale
  registerName: string
  /** "J.A. van der Berg" */
  fullName: string
  registrationNumber: string
  kind: SelfReportKind | null
  /** Pre-filled when the professional typed them already; otherwise empty lines to write on. */
  title?: string
  activityDate?: string
  hours?: string
}

const texts = {
  nl: {
    lang: 'nl-NL',
    title: 'Verklaring van deelname',
    subject: (name: string, number: string) => `Verklaring van deelname van ${name}, registratienummer ${number}`,
    intro:
      'Met deze verklaring bevestigt de begeleider of voorzitter dat de professional hieronder aan de activiteit heeft deelgenomen. De professional uploadt de ondertekende verklaring als bewijsstuk.',
    professional: 'Professional',
    name: 'Naam',
    registrationNumber: 'Registratienummer',
    register: 'Register',
    activity: 'Activiteit',
    kind: 'Soort activiteit',
    activityTitle: 'Titel of onderwerp',
    date: 'Datum (of laatste datum)',
    hours: 'Aantal uren (netto, zonder pauzes)',
    signer: 'Ondertekening door de begeleider of voorzitter',
    signerName: 'Naam',
    signerRole: 'Functie of rol (bijvoorbeeld supervisor, voorzitter intervisiegroep)',
    signerContact: 'E-mailadres of telefoonnummer',
    statement:
      'Ik verklaar dat de professional hierboven aan deze activiteit heeft deelgenomen, op de genoemde datum en voor het genoemde aantal uren.',
    place: 'Plaats en datum',
    signature: 'Handtekening',
    empty: 'Niet ingevuld: schrijf het hier.',
    note: 'Het registerbureau kan de begeleider of voorzitter vragen of de gegevens kloppen (steekproef).',
    categories: 'Categorieën: scholing, reflectie (zoals intervisie en supervisie) of vrije ruimte.',
  },
  en: {
    lang: 'en-GB',
    title: 'Declaration of participation',
    subject: (name: string, number: string) => `Declaration of participation of ${name}, registration number ${number}`,
    intro:
      'With this declaration the supervisor or chair confirms that the professional below took part in the activity. The professional uploads the signed declaration as evidence.',
    professional: 'Professional',
    name: 'Name',
    registrationNumber: 'Registration number',
    register: 'Register',
    activity: 'Activity',
    kind: 'Kind of activity',
    activityTitle: 'Title or subject',
    date: 'Date (or last date)',
    hours: 'Number of hours (net, without breaks)',
    signer: 'Signed by the supervisor or chair',
    signerName: 'Name',
    signerRole: 'Function or role (for example supervisor, chair of the intervision group)',
    signerContact: 'Email address or phone number',
    statement:
      'I declare that the professional above took part in this activity, on the date and for the number of hours stated.',
    place: 'Place and date',
    signature: 'Signature',
    empty: 'Not filled in: write it here.',
    note: 'The register office may ask the supervisor or chair whether these details are right (spot check).',
    categories: 'Categories: training, reflection (such as intervision and supervision) or free choice.',
  },
} as const

const MARGIN = 64
const INK = '#1a1a1a'
const ACCENT = '#154273'
const LINE = '#6b6b6b'

/** Renders the declaration form as a tagged A4 PDF. */
export function renderDeclarationForm(input: DeclarationInput): Promise<Buffer> {
  const t = texts[input.locale]
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: t.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${t.title} – ${input.fullName}`,
      Author: `Registerbureau ${input.registerName}`,
      Subject: t.subject(input.fullName, input.registrationNumber),
      Keywords: `${input.registrationNumber}, ${input.registerName}`,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const width = doc.page.width - 2 * MARGIN
  const labelWidth = 190

  doc.markContent('Artifact', { type: 'Layout' })
  doc.rect(0, 0, doc.page.width, 14).fill(ACCENT)
  doc.endMarkedContent()

  const root = doc.struct('Document')
  doc.addStructure(root)
  const paragraph = (text: string, size = 11, color = INK) =>
    root.add(
      doc.struct('P', {}, () => {
        doc.font('Helvetica').fontSize(size).fillColor(color).text(text, MARGIN, doc.y, { width })
      }),
    )
  const heading = (level: 'H1' | 'H2', text: string) =>
    root.add(
      doc.struct(level, {}, () => {
        doc
          .moveDown(level === 'H1' ? 0.3 : 1)
          .font('Helvetica-Bold')
          .fontSize(level === 'H1' ? 22 : 14)
          .fillColor(level === 'H1' ? INK : ACCENT)
          .text(text, MARGIN, doc.y, { width })
        doc.moveDown(0.4)
      }),
    )
  /** A list of label + value; an empty value is a line to write on (with the words for screen readers). */
  const fields = (rows: [string, string | undefined][], lineHeight = 26) => {
    const list = doc.struct('L')
    root.add(list)
    for (const [label, value] of rows) {
      const y = doc.y
      const item = doc.struct('LI')
      list.add(item)
      item.add(
        doc.struct('Lbl', {}, () => {
          doc
            .font('Helvetica-Bold')
            .fontSize(11)
            .fillColor(INK)
            .text(label, MARGIN, y, { width: labelWidth - 12 })
        }),
      )
      const labelBottom = doc.y
      const filled = value !== undefined && value.trim() !== ''
      item.add(
        doc.struct('LBody', {}, () => {
          doc
            .font('Helvetica')
            .fontSize(11)
            .fillColor(filled ? INK : '#ffffff')
            .text(filled ? value : t.empty, MARGIN + labelWidth, y, { width: width - labelWidth })
        }),
      )
      item.end()
      const bottom = Math.max(doc.y, labelBottom, filled ? 0 : y + lineHeight)
      if (!filled) {
        doc.markContent('Artifact', { type: 'Layout' })
        doc
          .moveTo(MARGIN + labelWidth, bottom - 4)
          .lineTo(MARGIN + width, bottom - 4)
          .lineWidth(0.75)
          .strokeColor(LINE)
          .stroke()
        doc.endMarkedContent()
      }
      doc.x = MARGIN
      doc.y = bottom + 8
    }
    list.end()
  }

  paragraph(input.registerName, 11, ACCENT)
  heading('H1', t.title)
  paragraph(t.intro)
  heading('H2', t.professional)
  fields([
    [t.name, input.fullName],
    [t.registrationNumber, input.registrationNumber],
    [t.register, input.registerName],
  ])
  heading('H2', t.activity)
  fields([
    [t.kind, input.kind ? KIND_NAMES[input.locale][input.kind] : undefined],
    [t.activityTitle, input.title],
    [t.date, input.activityDate],
    [t.hours, input.hours],
  ])
  heading('H2', t.signer)
  paragraph(t.statement)
  doc.moveDown(0.6)
  fields(
    [
      [t.signerName, undefined],
      [t.signerRole, undefined],
      [t.signerContact, undefined],
      [t.place, undefined],
      [t.signature, undefined],
    ],
    34,
  )
  doc.moveDown(0.5)
  paragraph(t.note, 9)
  paragraph(t.categories, 9)
  root.end()
  doc.end()
  return done
}
