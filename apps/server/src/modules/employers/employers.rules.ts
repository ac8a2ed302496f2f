// Pure rules for inviting staff: reading an address list or a CSV file and checking every address.

/** The most addresses one invitation request may hold. */
export const MAX_INVITATIONS = 500
/** How long an invitation counts as open. */
export const INVITATION_DAYS = 30

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i

export const isEmailAddress = (value: string) => value.length <= 254 && EMAIL.test(value)

/** One address as given: the line (1-based) it was on, and the text. */
export interface AddressLine {
  line: number
  value: string
}

const HEADER = /^(e-?mail|e-?mailadres|email address)$/i

/**
 * The addresses of a CSV file with one column `email` (header optional, `;` or `,` as separator, a BOM tolerated,
 * values may be quoted). Empty lines are skipped; line numbers are those of the file.
 */
export function parseInvitationCsv(text: string): AddressLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const result: AddressLine[] = []
  lines.forEach((raw, index) => {
    const first = (raw.split(/[;,]/)[0] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim()
    if (first === '') return
    if (result.length === 0 && HEADER.test(first)) return
    result.push({ line: index + 1, value: first })
  })
  return result
}

/** The addresses of a JSON list: line n is the n-th entry; empty entries are skipped (a textarea's blank lines). */
export function addressesFromList(emails: string[]): AddressLine[] {
  return emails.map((value, index) => ({ line: index + 1, value: value.trim() })).filter((a) => a.value !== '')
}

export interface CheckedAddresses {
  invalid: AddressLine[]
  /** Valid addresses, first occurrence only, lower-cased. */
  unique: AddressLine[]
  /** Valid addresses that were already earlier in the list. */
  duplicates: AddressLine[]
}

/** Sorts the lines into invalid, unique and duplicate addresses (compared without case). */
export function checkAddresses(lines: AddressLine[]): CheckedAddresses {
  const seen = new Set<string>()
  const result: CheckedAddresses = { invalid: [], unique: [], duplicates: [] }
  for (const line of lines) {
    if (!isEmailAddress(line.value)) {
      result.invalid.push(line)
      continue
    }
    const value = line.value.toLowerCase()
    if (seen.has(value)) result.duplicates.push({ line: line.line, value })
    else {
      seen.add(value)
      result.unique.push({ line: line.line, value })
    }
  }
  return result
}
