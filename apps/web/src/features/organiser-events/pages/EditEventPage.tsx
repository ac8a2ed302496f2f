import { useQueryClient } from '@tanstack/react-query'
import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { LoadError, Loading } from '../../../components/Status.tsx'
import { organiserEventsApi, useOwnEvent } from '../api/organiser-events-api.ts'
import { EventForm } from '../components/EventForm.tsx'
import { OrganiserShell } from '../components/OrganiserShell.tsx'
import { eventPath } from '../organiser-events.rules.ts'

/** /aanbieder/:organisationId/bijeenkomsten/:eventId/wijzigen: change an event (those signed up keep their place). */
export function EditEventPage() {
  const { t } = useTranslation()
  const { organisationId = '', eventId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const query = useOwnEvent(organisationId, eventId)
  const heading = t('organiserEvents.form.editHeading')
  return (
    <OrganiserShell
      organisationId={organisationId}
      heading={heading}
      crumbs={[
        { to: eventPath(organisationId, eventId), label: query.data?.title ?? t('common.loading') },
        { to: `${eventPath(organisationId, eventId)}/wijzigen`, label: heading },
      ]}
    >
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <LoadError error={query.error} />
      ) : (
        <>
          <Paragraph lead>{t('organiserEvents.form.editIntro')}</Paragraph>
          <EventForm
            organisationId={organisationId}
            event={query.data}
            submitLabel={t('organiserEvents.form.save')}
            onSubmit={async (input) => {
              await organiserEventsApi.change(organisationId, eventId, input)
              await queryClient.invalidateQueries({ queryKey: ['organiser-events'] })
              navigate(`${eventPath(organisationId, eventId)}?gewijzigd=1`)
            }}
          />
        </>
      )}
    </OrganiserShell>
  )
}
