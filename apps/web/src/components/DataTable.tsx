import {
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import type { ReactNode } from 'react'
import { ScrollRegion } from './ScrollRegion.tsx'

/**
 * A table with a caption and column headers, in a keyboard-scrollable region for small screens.
 * The rows are the children (`TableRow`s).
 */
export function DataTable({
  id,
  caption,
  columns,
  children,
}: {
  /** Base for the caption's id, which labels the scroll region. */
  id: string
  caption: ReactNode
  columns: ReactNode[]
  children: ReactNode
}) {
  const captionId = `${id}-caption`
  return (
    <ScrollRegion labelledBy={captionId}>
      <Table className="vr-table">
        <TableCaption id={captionId} className="vr-table__caption">
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, index) => (
              // Columns are fixed per table: the position is a stable key.
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed column order
              <TableHeaderCell key={index} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </ScrollRegion>
  )
}
