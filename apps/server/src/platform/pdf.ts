// Shared pieces of the tagged PDFs (pdfkit): what more than one certificate lays out the same way.

/**
 * A tagged list of label–value rows (L > LI > Lbl + LBody, so a screen reader reads each label with its value): the
 * label in bold in a column of `labelWidth`, the value beside it; the next row starts below the taller of the two.
 */
export function labelledList(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  rows: readonly (readonly [string, string])[],
  layout: { x: number; width: number; labelWidth: number; ink: string },
) {
  const { x, width, labelWidth, ink } = layout
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
          .fontSize(12)
          .fillColor(ink)
          .text(label, x, y, { width: labelWidth - 10 })
      }),
    )
    const labelBottom = doc.y
    item.add(
      doc.struct('LBody', {}, () => {
        doc
          .font('Helvetica')
          .fontSize(12)
          .text(value, x + labelWidth, y, { width: width - labelWidth })
      }),
    )
    item.end()
    doc.x = x
    doc.y = Math.max(doc.y, labelBottom) + 8
  }
  list.end()
}
