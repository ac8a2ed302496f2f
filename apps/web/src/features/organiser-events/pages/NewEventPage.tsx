import { useQueryClient } from '@tanstack/react-query'
import { Paragraph } from '@utrecht/component-library-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { organiserEventsApi } from '../api/organiser-events-api.ts'
import { EventForm } from '../components/EventForm.tsx'
import { OrganiserShell } from '../components/OrganiserShell.tsx'
import { eventPath, eventsPath } from '../organiser-events.rules.ts'

/** /aanbieder/:organisationId/bijeenkomsten/nieuw: publish a new event in the agenda. */
export function NewEventPage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const heading = t('organiserEvents.form.newHeading')
  return (
    <OrganiserShell
      organisationId={organisationId}
      heading={heading}
      crumbs={[{ to: `${eventsPath(organisationId)}/nieuw`, label: heading }]}
    >
      <Paragraph lead>{t('organiserEvents.form.intro')}</Paragraph>
      <EventForm
        organisationId={organisationId}
        submitLabel={t('organiserEvents.form.publish')}
        onSubmit={async (input) => {
          const created = await organiserEventsApi.create(organisationId, input)
          await queryClient.invalidateQueries({ queryKey: ['organiser-events'] })
          navigate(`${eventPath(organisationId, created.id)}?gepubliceerd=1`)
        }}
      />
    </OrganiserShell>
  )
}
