/** Joins class names, skipping empty ones. */
export default function clsx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
