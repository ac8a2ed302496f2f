// The CPD dossier as files: CSV (UTF-8 with BOM, `;`, Dutch headers, for Excel) and a tagged, accessible PDF.
import PDFDocument from 'pdfkit'
import type { Locale } from '../../platform/http/messages.ts'
import type { Dossier, DossierCycle } from './points.dossier.service.ts'
import type { ForecastLine } from './points.rules.ts'
import type { LedgerSource, PointCategory } from './points.tables.ts'

const texts = {
  nl: {
    lang: 'nl-NL',
    title: 'PE-dossier',
    author: 'Registerbureau',
    subject: (name: string) => `PE-dossier van ${name}`,
    intro: (name: string, register: string, number: string) =>
      `${name}, registratienummer ${number || '(nog geen)'}, ${register}.`,
    standingOn: (date: string) => `Stand op ${date}.`,
    cycle: (n: number, start: string, end: string) => `Registratieperiode ${n}: ${start} tot en met ${end}`,
    state: { current: ' (lopend)', past: ' (voorbij)', future: ' (nog niet begonnen)' },
    norm: (version: number, total: string, cap: string | null, factor: number) =>
      `Getoetst aan versie ${version} van de norm: ${total} punten per periode${
        factor < 1 ? ` (naar verhouding: ${Math.round(factor * 100)}%)` : ''
      }${cap ? `, hoogstens ${cap} punten per activiteit` : ''}.`,
    standingCaption: 'Punten per categorie',
    headers: ['Categorie', 'Behaald', 'Telt mee', 'Nodig', 'Maximum', 'Nog nodig'],
    total: 'Totaal',
    none: 'geen',
    meets: 'Je voldoet aan de norm van deze periode.',
    notMet: 'Je voldoet nog niet aan de norm van deze periode.',
    onTrack: (date: string) => `Op dit tempo voldoe je op ${date} aan de norm.`,
    short: (date: string, points: string, category: string) =>
      `Op dit tempo kom je op ${date} ${points} punten ${category} tekort.`,
    entries: 'Boekingen',
    entryHeaders: ['Datum', 'Omschrijving', 'Categorie', 'Punten', 'Bron', 'Geboekt op'],
    noEntries: 'Geen boekingen in deze periode.',
    reversal: 'intrekking',
    noCycles: 'Er is nog geen registratieperiode.',
  },
  en: {
    lang: 'en-GB',
    title: 'CPD dossier',
    author: 'Register office',
    subject: (name: string) => `CPD dossier of ${name}`,
    intro: (name: string, register: string, number: string) =>
      `${name}, registration number ${number || '(none yet)'}, ${register}.`,
    standingOn: (date: string) => `Standing on ${date}.`,
    cycle: (n: number, start: string, end: string) => `Registration period ${n}: ${start} to ${end}`,
    state: { current: ' (current)', past: ' (ended)', future: ' (not started)' },
    norm: (version: number, total: string, cap: string | null, factor: number) =>
      `Assessed against version ${version} of the norm: ${total} points per period${
        factor < 1 ? ` (pro rata: ${Math.round(factor * 100)}%)` : ''
      }${cap ? `, at most ${cap} points per activity` : ''}.`,
    standingCaption: 'Points per category',
    headers: ['Category', 'Earned', 'Counted', 'Required', 'Maximum', 'Remaining'],
    total: 'Total',
    none: 'none',
    meets: 'You meet the norm of this period.',
    notMet: 'You do not meet the norm of this period yet.',
    onTrack: (date: string) => `At this pace you will meet the norm on ${date}.`,
    short: (date: string, points: string, category: string) =>
      `At this pace you will be ${points} points short (${category}) on ${date}.`,
    entries: 'Entries',
    entryHeaders: ['Date', 'Description', 'Category', 'Points', 'Source', 'Booked on'],
    noEntries: 'No entries in this period.',
    reversal: 'withdrawal',
    noCycles: 'There is no registration period yet.',
  },
} as const

export const CATEGORY_NAMES: Record<Locale, Record<PointCategory | 'total', string>> = {
  nl: { training: 'scholing', reflection: 'reflectie', 'free-choice': 'vrije ruimte', total: 'in totaal' },
  en: { training: 'training', reflection: 'reflection', 'free-choice': 'free choice', total: 'in total' },
}
const SOURCE_NAMES: Record<Locale, Record<LedgerSource, string>> = {
  nl: { attendance: 'presentie', 'self-report': 'zelf opgegeven', correction: 'correctie' },
  en: { attendance: 'attendance', 'self-report': 'self-reported', correction: 'correction' },
}

const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(texts[locale].lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  )
/** 2026-03-01 → 01-03-2026 (what Dutch Excel reads as a date). */
const shortDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`
/** A timestamp as a Dutch date and time in Dutch time. */
const dutchDateTime = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(iso))
    .replace(',', '')
const points = (locale: Locale, value: number) =>
  new Intl.NumberFormat(texts[locale].lang, { maximumFractionDigits: 2, useGrouping: false }).format(value)

/** The forecast's sentence for one line ("Op dit tempo kom je op 1 maart 2028 12 punten reflectie tekort."). */
export function forecastSentence(locale: Locale, endDate: string, line: ForecastLine): string {
  return texts[locale].short(
    longDate(locale, endDate),
    points(locale, line.shortfall),
    CATEGORY_NAMES[locale][line.category],
  )
}

// ---------------------------------------------------------------- CSV

const CSV_HEADERS = [
  'Registratieperiode',
  'Begin periode',
  'Einde periode',
  'Datum activiteit',
  'Omschrijving',
  'Categorie',
  'Punten',
  'Bron',
  'Geboekt op',
  'Intrekking van boeking',
  'Toelichting',
]

/** A cell quoted when needed; text that a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Every entry of every cycle (current first), one row each; reversals have negative points. */
export function dossierCsv(dossier: Dossier): string {
  const rows = [CSV_HEADERS.join(';')]
  for (const cycle of dossier.cycles) {
    for (const entry of cycle.entries) {
      rows.push(
        [
          cell(String(cycle.number), false),
          cell(shortDate(cycle.startDate), false),
          cell(shortDate(cycle.effectiveEndDate), false),
          cell(shortDate(entry.activityDate), false),
          cell(entry.reference),
          cell(CATEGORY_NAMES.nl[entry.category]),
          cell(points('nl', entry.points), false),
          cell(SOURCE_NAMES.nl[entry.source]),
          cell(dutchDateTime(entry.bookedAt), false),
          cell(entry.reversesEntryId ?? '', false),
          cell(entry.note),
        ].join(';'),
      )
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`
}

// ---------------------------------------------------------------- PDF

const MARGIN = 56
const INK = '#1a1a1a'
const ACCENT = '#154273'

type Doc = InstanceType<typeof PDFDocument>
type Struct = ReturnType<Doc['struct']>

/** A table with a header row; columns as fractions of the width; a new page (with the header again) when full. */
function drawTable(doc: Doc, parent: Struct, headers: readonly string[], rows: string[][], widths: number[]) {
  const width = doc.page.width - 2 * MARGIN
  const columns = widths.map((w) => w * width)
  const table = doc.struct('Table')
  parent.add(table)
  const drawRow = (cells: readonly string[], header: boolean) => {
    doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9)
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: columns[i]! - 6 }))) + 6
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage()
      doc.y = MARGIN
      if (!header) drawRow(headers, true)
      doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9)
    }
    const y = doc.y
    const tr = doc.struct('TR')
    table.add(tr)
    let x = MARGIN
    cells.forEach((c, i) => {
      const at = x
      tr.add(
        doc.struct(header ? 'TH' : 'TD', {}, () => {
          doc.fillColor(INK).text(c, at + 3, y + 3, { width: columns[i]! - 6 })
        }),
      )
      x += columns[i]!
    })
    tr.end()
    doc.markContent('Artifact', { type: 'Layout' })
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + width, y + height)
      .lineWidth(header ? 1 : 0.5)
      .strokeColor(header ? INK : '#999999')
      .stroke()
    doc.endMarkedContent()
    doc.x = MARGIN
    doc.y = y + height
  }
  drawRow(headers, true)
  for (const row of rows) drawRow(row, false)
  table.end()
  doc.moveDown(0.8)
}

function paragraph(
  doc: Doc,
  parent: Struct,
  text: string,
  options: { size?: number; bold?: boolean; role?: string } = {},
) {
  if (doc.y > doc.page.height - MARGIN - 40) {
    doc.addPage()
    doc.y = MARGIN
  }
  parent.add(
    doc.struct(options.role ?? 'P', {}, () => {
      doc
        .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(options.size ?? 11)
        .fillColor(options.role?.startsWith('H') ? ACCENT : INK)
        .text(text, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN })
    }),
  )
  doc.moveDown(0.4)
}

function drawCycle(doc: Doc, root: Struct, locale: Locale, cycle: DossierCycle) {
  const t = texts[locale]
  const p = (value: number) => points(locale, value)
  paragraph(
    doc,
    root,
    `${t.cycle(cycle.number, longDate(locale, cycle.startDate), longDate(locale, cycle.effectiveEndDate))}${t.state[cycle.state]}`,
    { size: 15, bold: true, role: 'H2' },
  )
  const cap = cycle.norm.capPerActivity === null ? null : p(cycle.norm.capPerActivity)
  paragraph(doc, root, t.norm(cycle.norm.version, p(cycle.norm.totalPoints), cap, cycle.norm.factor))
  paragraph(doc, root, t.standingCaption, { size: 12, bold: true, role: 'H3' })
  const rows = cycle.categories.map((c) => [
    CATEGORY_NAMES[locale][c.category],
    p(c.earned),
    p(c.counted),
    p(c.required),
    c.maximum === null ? t.none : p(c.maximum),
    p(c.remaining),
  ])
  rows.push([
    t.total,
    p(cycle.totals.earned),
    p(cycle.totals.counted),
    p(cycle.totals.required),
    '',
    p(cycle.totals.remaining),
  ])
  drawTable(doc, root, t.headers, rows, [0.25, 0.15, 0.15, 0.15, 0.15, 0.15])
  paragraph(doc, root, cycle.meetsNorm ? t.meets : t.notMet)
  if (cycle.forecast) {
    const short = cycle.forecast.lines.filter((l) => l.shortfall > 0)
    const sentences =
      short.length === 0
        ? [t.onTrack(longDate(locale, cycle.forecast.endDate))]
        : short.map((l) => forecastSentence(locale, cycle.forecast!.endDate, l))
    for (const sentence of sentences) paragraph(doc, root, sentence)
  }
  paragraph(doc, root, t.entries, { size: 12, bold: true, role: 'H3' })
  if (cycle.entries.length === 0) paragraph(doc, root, t.noEntries)
  else {
    drawTable(
      doc,
      root,
      t.entryHeaders,
      cycle.entries.map((e) => [
        longDate(locale, e.activityDate),
        e.reversesEntryId ? `${e.reference} (${t.reversal})` : e.reference,
        CATEGORY_NAMES[locale][e.category],
        p(e.points),
        SOURCE_NAMES[locale][e.source],
        longDate(locale, e.bookedAt),
      ]),
      [0.16, 0.36, 0.13, 0.09, 0.12, 0.14],
    )
  }
}

/** Renders the dossier as a tagged A4 PDF (headings, tables with header cells, language and title set). */
export function renderDossierPdf(locale: Locale, dossier: Dossier): Promise<Buffer> {
  const t = texts[locale]
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: t.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${t.title} – ${dossier.name}`,
      Author: `${t.author} ${dossier.registerName}`,
      Subject: t.subject(dossier.name),
      Keywords: dossier.registrationNumber ?? '',
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.markContent('Artifact', { type: 'Layout' })
  doc.rect(0, 0, doc.page.width, 14).fill(ACCENT)
  doc.endMarkedContent()
  const root = doc.struct('Document')
  doc.addStructure(root)
  doc.y = MARGIN
  paragraph(doc, root, dossier.registerName, { size: 11 })
  paragraph(doc, root, t.title, { size: 24, bold: true, role: 'H1' })
  paragraph(doc, root, t.intro(dossier.name, dossier.registerName, dossier.registrationNumber ?? ''))
  paragraph(doc, root, t.standingOn(longDate(locale, dossier.today)))
  doc.moveDown(0.5)
  if (dossier.cycles.length === 0) paragraph(doc, root, t.noCycles)
  for (const cycle of dossier.cycles) drawCycle(doc, root, locale, cycle)
  root.end()
  doc.end()
  return done
}
