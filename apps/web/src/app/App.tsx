import { QueryClientProvider } from '@tanstack/react-query'
import { BrowserRouter, Route, Routes } from 'react-router'
import { AccountPage } from '../features/account/pages/AccountPage.tsx'
import { MfaSetupPage } from '../features/account/pages/MfaSetupPage.tsx'
import { AccreditationQueuePage } from '../features/accreditation/pages/AccreditationQueuePage.tsx'
import { AccreditationReviewPage } from '../features/accreditation/pages/AccreditationReviewPage.tsx'
import { AccreditedProvidersPage } from '../features/accreditation/pages/AccreditedProvidersPage.tsx'
import { NewActivityPage } from '../features/accreditation/pages/NewActivityPage.tsx'
import { ObjectionsPage } from '../features/accreditation/pages/ObjectionsPage.tsx'
import { ProviderActivitiesPage } from '../features/accreditation/pages/ProviderActivitiesPage.tsx'
import { ProviderActivityPage } from '../features/accreditation/pages/ProviderActivityPage.tsx'
import { AgendaPage } from '../features/agenda/pages/AgendaPage.tsx'
import { EventPage } from '../features/agenda/pages/EventPage.tsx'
import { MySignUpsPage } from '../features/agenda/pages/MySignUpsPage.tsx'
import { OfferPage } from '../features/agenda/pages/OfferPage.tsx'
import { TicketPage } from '../features/agenda/pages/TicketPage.tsx'
import { ApplyPage } from '../features/applications/pages/ApplyPage.tsx'
import { MyApplicationPage } from '../features/applications/pages/MyApplicationPage.tsx'
import { MyApplicationsPage } from '../features/applications/pages/MyApplicationsPage.tsx'
import { ProfessionalCodePage } from '../features/applications/pages/ProfessionalCodePage.tsx'
import { QueuePage } from '../features/applications/pages/QueuePage.tsx'
import { ReviewPage } from '../features/applications/pages/ReviewPage.tsx'
import { ApiKeysPage } from '../features/attendance/pages/ApiKeysPage.tsx'
import { RunAttendancePage } from '../features/attendance/pages/RunAttendancePage.tsx'
import { AuditPage } from '../features/audit/pages/AuditPage.tsx'
import { CatalogueActivityPage } from '../features/catalogue/pages/CatalogueActivityPage.tsx'
import { CataloguePage } from '../features/catalogue/pages/CataloguePage.tsx'
import { ContentPage } from '../features/content/pages/ContentPage.tsx'
import { HomePage } from '../features/content/pages/HomePage.tsx'
import { NotFoundPage } from '../features/content/pages/NotFoundPage.tsx'
import { MyDossierPage } from '../features/dossier/pages/MyDossierPage.tsx'
import { OfficeDossierPage } from '../features/dossier/pages/OfficeDossierPage.tsx'
import { InvitePage } from '../features/employer/pages/InvitePage.tsx'
import { TeamPage } from '../features/employer/pages/TeamPage.tsx'
import { ForgotPasswordPage } from '../features/identity/pages/ForgotPasswordPage.tsx'
import { LoginPage } from '../features/identity/pages/LoginPage.tsx'
import { ResetPasswordPage } from '../features/identity/pages/ResetPasswordPage.tsx'
import { SignUpPage } from '../features/identity/pages/SignUpPage.tsx'
import { VerifyPage } from '../features/identity/pages/VerifyPage.tsx'
import { MyRegistrationPage } from '../features/my-registration/pages/MyRegistrationPage.tsx'
import { NormsIndexPage } from '../features/norms/pages/NormsIndexPage.tsx'
import { NormsPage } from '../features/norms/pages/NormsPage.tsx'
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage.tsx'
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage.tsx'
import { CheckInPage } from '../features/organiser-events/pages/CheckInPage.tsx'
import { EditEventPage } from '../features/organiser-events/pages/EditEventPage.tsx'
import { MyEventsPage } from '../features/organiser-events/pages/MyEventsPage.tsx'
import { NewEventPage } from '../features/organiser-events/pages/NewEventPage.tsx'
import { OrganiserEventPage } from '../features/organiser-events/pages/OrganiserEventPage.tsx'
import { DataRequestsPage } from '../features/privacy/pages/DataRequestsPage.tsx'
import { MyDataPage } from '../features/privacy/pages/MyDataPage.tsx'
import { RegisterSearchPage } from '../features/public-register/pages/RegisterSearchPage.tsx'
import { RegistrationPage } from '../features/public-register/pages/RegistrationPage.tsx'
import { VerifyCredentialPage } from '../features/public-register/pages/VerifyCredentialPage.tsx'
import { EditRegisterPage } from '../features/registers/pages/EditRegisterPage.tsx'
import { NewRegisterPage } from '../features/registers/pages/NewRegisterPage.tsx'
import { RegistersPage } from '../features/registers/pages/RegistersPage.tsx'
import { RegistrationDetailPage } from '../features/registrations/pages/RegistrationDetailPage.tsx'
import { RegistrationsPage } from '../features/registrations/pages/RegistrationsPage.tsx'
import { MyReregistrationPage } from '../features/reregistration/pages/MyReregistrationPage.tsx'
import { ReregistrationDecisionPage } from '../features/reregistration/pages/ReregistrationDecisionPage.tsx'
import { ReregistrationQueuePage } from '../features/reregistration/pages/ReregistrationQueuePage.tsx'
import { AddActivityPage } from '../features/self-reports/pages/AddActivityPage.tsx'
import { MySelfReportsPage } from '../features/self-reports/pages/MySelfReportsPage.tsx'
import { SelfReportQueuePage } from '../features/self-reports/pages/SelfReportQueuePage.tsx'
import { SelfReportReviewPage } from '../features/self-reports/pages/SelfReportReviewPage.tsx'
import { SpotCheckPage } from '../features/self-reports/pages/SpotCheckPage.tsx'
import { UserPage } from '../features/users/pages/UserPage.tsx'
import { UsersPage } from '../features/users/pages/UsersPage.tsx'
import { AppShell } from './AppShell.tsx'
import { queryClient } from './query-client.ts'

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="aanmelden" element={<SignUpPage />} />
            <Route path="verifieren" element={<VerifyPage />} />
            <Route path="inloggen" element={<LoginPage />} />
            <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
            <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="account/tweestapsverificatie" element={<MfaSetupPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="beheer/gebruikers" element={<UsersPage />} />
            <Route path="beheer/gebruikers/:userId" element={<UserPage />} />
            <Route path="beheer/organisaties" element={<OrganisationsPage />} />
            <Route path="beheer/organisaties/:organisationId" element={<OrganisationPage />} />
            <Route path="beheer/registers" element={<RegistersPage />} />
            <Route path="beheer/registers/nieuw" element={<NewRegisterPage />} />
            <Route path="beheer/registers/:registerId" element={<EditRegisterPage />} />
            <Route path="toegankelijkheid" element={<ContentPage page="accessibility" />} />
            <Route path="privacy" element={<ContentPage page="privacy" />} />
            <Route path="contact" element={<ContentPage page="contact" />} />
            <Route path="register" element={<RegisterSearchPage />} />
            <Route path="register/:registrationNumber" element={<RegistrationPage />} />
            <Route path="controleren" element={<VerifyCredentialPage />} />
            <Route path="registerbureau/registraties" element={<RegistrationsPage />} />
            <Route path="registerbureau/registraties/:registrationId" element={<RegistrationDetailPage />} />
            <Route path="mijn-registratie" element={<MyRegistrationPage />} />
            <Route path="mijn-pe-punten" element={<MyDossierPage />} />
            <Route path="registerbureau/registraties/:registrationId/pe-dossier" element={<OfficeDossierPage />} />
            <Route path="beheer/normen" element={<NormsIndexPage />} />
            <Route path="beheer/registers/:registerId/normen" element={<NormsPage />} />
            <Route path="mijn-gegevens" element={<MyDataPage />} />
            <Route path="werkgever/:organisationId/team" element={<TeamPage />} />
            <Route path="werkgever/:organisationId/uitnodigen" element={<InvitePage />} />
            <Route path="registerbureau/verzoeken" element={<DataRequestsPage />} />
            <Route path="inschrijven" element={<ApplyPage />} />
            <Route path="beroepscode" element={<ProfessionalCodePage />} />
            <Route path="mijn-aanvragen" element={<MyApplicationsPage />} />
            <Route path="mijn-aanvragen/:applicationId" element={<MyApplicationPage />} />
            <Route path="registerbureau/aanvragen" element={<QueuePage />} />
            <Route path="registerbureau/aanvragen/:applicationId" element={<ReviewPage />} />
            <Route path="mijn-pe-punten/herregistratie" element={<MyReregistrationPage />} />
            <Route path="registerbureau/herregistraties" element={<ReregistrationQueuePage />} />
            <Route path="registerbureau/herregistraties/:requestId" element={<ReregistrationDecisionPage />} />
            <Route path="mijn-pe-punten/activiteit-toevoegen" element={<AddActivityPage />} />
            <Route path="mijn-pe-punten/zelf-ingebracht" element={<MySelfReportsPage />} />
            <Route path="registerbureau/zelf-ingebracht" element={<SelfReportQueuePage />} />
            <Route path="registerbureau/zelf-ingebracht/:selfReportId" element={<SelfReportReviewPage />} />
            <Route path="registerbureau/steekproef" element={<SpotCheckPage />} />
            <Route path="activiteiten" element={<CataloguePage />} />
            <Route path="activiteiten/:publicId" element={<CatalogueActivityPage />} />
            <Route path="aanbieder/:organisationId/activiteiten" element={<ProviderActivitiesPage />} />
            <Route path="aanbieder/:organisationId/activiteiten/nieuw" element={<NewActivityPage />} />
            <Route path="aanbieder/:organisationId/activiteiten/:activityId" element={<ProviderActivityPage />} />
            <Route path="aanbieder/uitvoeringen/:runId/presentie" element={<RunAttendancePage />} />
            <Route path="aanbieder/:organisationId/api-sleutels" element={<ApiKeysPage />} />
            <Route path="registerbureau/accreditaties" element={<AccreditationQueuePage />} />
            <Route path="registerbureau/accreditaties/bezwaren" element={<ObjectionsPage />} />
            <Route path="registerbureau/accreditaties/erkende-aanbieders" element={<AccreditedProvidersPage />} />
            <Route path="registerbureau/accreditaties/:activityId" element={<AccreditationReviewPage />} />
            <Route path="agenda" element={<AgendaPage />} />
            <Route path="agenda/ticket" element={<TicketPage />} />
            <Route path="agenda/:eventId" element={<EventPage />} />
            <Route path="agenda/aanmeldingen/:signUpId/bevestigen" element={<OfferPage />} />
            <Route path="mijn-aanmeldingen" element={<MySignUpsPage />} />
            <Route path="aanbieder/:organisationId/bijeenkomsten" element={<MyEventsPage />} />
            <Route path="aanbieder/:organisationId/bijeenkomsten/nieuw" element={<NewEventPage />} />
            <Route path="aanbieder/:organisationId/bijeenkomsten/:eventId" element={<OrganiserEventPage />} />
            <Route path="aanbieder/:organisationId/bijeenkomsten/:eventId/wijzigen" element={<EditEventPage />} />
            <Route path="aanbieder/:organisationId/bijeenkomsten/:eventId/binnenkomst" element={<CheckInPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  )
}
