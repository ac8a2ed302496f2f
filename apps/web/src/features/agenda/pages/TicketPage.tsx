import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Loading } from '../../../components/Status.tsx'
import { useMe } from '../../../lib/session.ts'
import { AGENDA_PATH, MY_SIGN_UPS_PATH } from '../agenda.rules.ts'
import { TICKET_PATH, ticketAudience } from '../participant.rules.ts'

/** The organiser's list of events (features/organiser-events), where the check-in page of each event is. */
const organiserEventsPath = (organisationId: string) => `/aanbieder/${encodeURIComponent(organisationId)}/bijeenkomsten`

/**
 * /agenda/ticket — where a ticket's QR code points when someone opens it with a phone camera. The page reads nothing
 * from the ticket and says nothing about it (no event, no name, not whether it is valid); it first takes the token
 * out of the address, so it is not kept in the browser history or sent on as a referrer. The organiser's staff are
 * told to scan it on the check-in page; anyone else gets a short explanation.
 */
export function TicketPage() {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const { data: me, isPending } = useMe()

  useEffect(() => {
    if (location.search) navigate(TICKET_PATH, { replace: true })
  }, [location.search, navigate])

  const providerOrganisations = (me?.memberships ?? []).filter((m) => m.role === 'provider_staff')
  return (
    <>
      <Breadcrumb
        items={[
          { to: AGENDA_PATH, label: t('agenda.title') },
          { to: TICKET_PATH, label: t('agenda.ticketPage.title') },
        ]}
      />
      <PageHeading>{t('agenda.ticketPage.title')}</PageHeading>
      {isPending ? (
        <Loading />
      ) : ticketAudience(me?.permissions) === 'organiser' ? (
        <>
          <Paragraph lead>{t('agenda.ticketPage.organiser')}</Paragraph>
          <Paragraph>{t('agenda.ticketPage.organiserHow')}</Paragraph>
          {providerOrganisations.length > 0 && (
            <UnorderedList className="vr-link-list">
              {providerOrganisations.map((m) => (
                <UnorderedListItem key={m.organisationId}>
                  <AppLink to={organiserEventsPath(m.organisationId)}>
                    {t('agenda.ticketPage.organiserLink', { organisation: m.organisationName })}
                  </AppLink>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      ) : (
        <>
          <Paragraph lead>{t('agenda.ticketPage.other')}</Paragraph>
          <Paragraph>{t('agenda.ticketPage.own')}</Paragraph>
          <UnorderedList className="vr-link-list">
            <UnorderedListItem>
              <AppLink to={MY_SIGN_UPS_PATH}>{t('agenda.ticketPage.mine')}</AppLink>
            </UnorderedListItem>
            <UnorderedListItem>
              <AppLink to={AGENDA_PATH}>{t('agenda.ticketPage.agenda')}</AppLink>
            </UnorderedListItem>
          </UnorderedList>
        </>
      )}
    </>
  )
}
