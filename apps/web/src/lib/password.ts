import type { TFunction } from 'i18next'

/** The same length rule as the API (12–128 characters); the API also refuses common passwords. */
export function checkNewPassword(password: string, t: TFunction): string | null {
  if (password.length === 0) return t('form.errors.newPasswordRequired')
  if (password.length < 12) return t('form.errors.passwordTooShort')
  if (password.length > 128) return t('form.errors.passwordTooLong')
  return null
}
