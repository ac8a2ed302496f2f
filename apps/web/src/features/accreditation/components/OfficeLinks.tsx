import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import { OBJECTIONS_PATH, OFFICE_PATH, PROVIDERS_PATH } from '../accreditation.rules.ts'
import '../accreditation.css'

/** The register office's accreditation pages: queue, objections, accredited providers. */
export function OfficeLinks() {
  const { t } = useTranslation()
  const items = [
    { to: OFFICE_PATH, label: t('accreditation.office.queueTitle') },
    { to: OBJECTIONS_PATH, label: t('accreditation.office.objectionsTitle') },
    { to: PROVIDERS_PATH, label: t('accreditation.office.providersTitle') },
  ]
  return (
    <nav aria-label={t('accreditation.office.pages')} className="vr-acc-subnav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end className="utrecht-link utrecht-link--html-a">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
