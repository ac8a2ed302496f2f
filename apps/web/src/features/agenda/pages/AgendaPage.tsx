import { Heading, Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { AGENDA_PATH, type AgendaFilters, agendaHref, filterQuery, readFilters } from '../agenda.rules.ts'
import { agendaCalendarUrl } from '../api/agenda-api.ts'
import { AgendaFilterForm } from '../components/AgendaFilterForm.tsx'
import { AgendaList } from '../components/AgendaList.tsx'
import { AgendaMonth } from '../components/AgendaMonth.tsx'
import '../agenda.css'

function ViewSwitch({ filters }: { filters: AgendaFilters }) {
  const { t } = useTranslation()
  const views = [
    { view: 'lijst', label: t('agenda.view.list') },
    { view: 'maand', label: t('agenda.view.month') },
  ] as const
  return (
    <nav aria-label={t('agenda.view.label')} className="vr-agenda__views">
      <ul>
        {views.map(({ view, label }) => (
          <li key={view}>
            <AppLink
              to={agendaHref({ ...filters, view, page: 1 })}
              aria-current={filters.view === view ? 'page' : undefined}
            >
              {label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** /agenda: the public agenda (no login), as a list or per month, with search, filters and the iCal feed. */
export function AgendaPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const filters = readFilters(params, new Date())
  return (
    <>
      <Breadcrumb items={[{ to: AGENDA_PATH, label: t('agenda.title') }]} />
      <PageHeading>{t('agenda.title')}</PageHeading>
      <Paragraph lead>{t('agenda.intro')}</Paragraph>
      <AgendaFilterForm key={params.toString()} initial={filters} onSearch={(href) => navigate(href)} />
      <ViewSwitch filters={filters} />
      {filters.view === 'maand' ? <AgendaMonth filters={filters} /> : <AgendaList filters={filters} />}
      <section aria-labelledby="agenda-feed" className="vr-section">
        <Heading level={2} id="agenda-feed">
          {t('agenda.feed.title')}
        </Heading>
        <Paragraph>{t('agenda.feed.intro')}</Paragraph>
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={agendaCalendarUrl(filterQuery(filters))}>
            {t('agenda.feed.link')}
          </a>
        </Paragraph>
      </section>
    </>
  )
}
