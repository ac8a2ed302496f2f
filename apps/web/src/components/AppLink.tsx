import { type LinkProps, Link as RouterLink } from 'react-router'
import clsx from '../lib/clsx.ts'

/** An in-app link with the NL Design System link style. */
export function AppLink({ className, ...props }: LinkProps) {
  return <RouterLink {...props} className={clsx('utrecht-link', 'utrecht-link--html-a', className)} />
}

/** An in-app link that looks like a button (for a call to action that navigates). */
export function ButtonLink({
  className,
  appearance = 'primary-action-button',
  ...props
}: LinkProps & { appearance?: 'primary-action-button' | 'secondary-action-button' }) {
  return (
    <RouterLink
      {...props}
      className={clsx(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        appearance === 'primary-action-button'
          ? 'utrecht-button-link--primary-action'
          : 'utrecht-button-link--secondary-action',
        className,
      )}
    />
  )
}
