CREATE TABLE "cpd_sharing_consents" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"granted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cpd_sharing_consents_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "employer_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" "citext" NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by_user_id" uuid,
	CONSTRAINT "employer_invitations_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "data_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"kind" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_by_id" uuid,
	"handled_at" timestamp with time zone,
	"resolution" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"education_institution" text NOT NULL,
	"education_programme" text NOT NULL,
	"education_date" date NOT NULL,
	"diploma_document_id" uuid NOT NULL,
	"code_version" text NOT NULL,
	"code_accepted_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decision_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "registration_applications_decided" CHECK (("registration_applications"."state" in ('submitted', 'info-requested')) = ("registration_applications"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "cycle_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"postponed_until" date,
	"decided_by_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_decisions_postponement_date" CHECK (("cycle_decisions"."kind" = 'postponement') = ("cycle_decisions"."postponed_until" is not null))
);
--> statement-breakpoint
CREATE TABLE "cycle_reminders" (
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cycle_end" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_reminders_cycle_id_kind_cycle_end_pk" PRIMARY KEY("cycle_id","kind","cycle_end")
);
--> statement-breakpoint
CREATE TABLE "registration_credentials" (
	"credential_id" text PRIMARY KEY NOT NULL,
	"registration_id" uuid NOT NULL,
	"cycle_id" uuid,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	"document" jsonb NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "removal_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text NOT NULL,
	"effective_date" date NOT NULL,
	"public_until" date,
	"requested_by_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by_id" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "removal_requests_four_eyes" CHECK ("removal_requests"."state" <> 'confirmed' or ("removal_requests"."resolved_by_id" is not null and "removal_requests"."resolved_by_id" <> "removal_requests"."requested_by_id"))
);
--> statement-breakpoint
ALTER TABLE "cpd_sharing_consents" ADD CONSTRAINT "cpd_sharing_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cpd_sharing_consents" ADD CONSTRAINT "cpd_sharing_consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_invitations" ADD CONSTRAINT "employer_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_invitations" ADD CONSTRAINT "employer_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_invitations" ADD CONSTRAINT "employer_invitations_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_messages" ADD CONSTRAINT "application_messages_application_id_registration_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."registration_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_messages" ADD CONSTRAINT "application_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_messages" ADD CONSTRAINT "application_messages_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_applications" ADD CONSTRAINT "registration_applications_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_applications" ADD CONSTRAINT "registration_applications_diploma_document_id_documents_id_fk" FOREIGN KEY ("diploma_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_applications" ADD CONSTRAINT "registration_applications_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_cycle_id_registration_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."registration_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_decisions" ADD CONSTRAINT "cycle_decisions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_reminders" ADD CONSTRAINT "cycle_reminders_cycle_id_registration_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."registration_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_credentials" ADD CONSTRAINT "registration_credentials_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_credentials" ADD CONSTRAINT "registration_credentials_cycle_id_registration_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."registration_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "removal_requests" ADD CONSTRAINT "removal_requests_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "removal_requests" ADD CONSTRAINT "removal_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "removal_requests" ADD CONSTRAINT "removal_requests_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "employer_invitations_open_uq" ON "employer_invitations" USING btree ("organisation_id","email") WHERE "employer_invitations"."accepted_at" is null;--> statement-breakpoint
CREATE INDEX "employer_invitations_org_idx" ON "employer_invitations" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "data_requests_state_idx" ON "data_requests" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "data_requests_user_idx" ON "data_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "application_messages_application_idx" ON "application_messages" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_applications_one_open_uq" ON "registration_applications" USING btree ("registration_id") WHERE "registration_applications"."state" in ('submitted', 'info-requested');--> statement-breakpoint
CREATE INDEX "registration_applications_queue_idx" ON "registration_applications" USING btree ("state","queued_at");--> statement-breakpoint
CREATE INDEX "cycle_decisions_cycle_idx" ON "cycle_decisions" USING btree ("cycle_id","decided_at");--> statement-breakpoint
CREATE INDEX "registration_credentials_registration_idx" ON "registration_credentials" USING btree ("registration_id","issued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "removal_requests_one_pending_uq" ON "removal_requests" USING btree ("registration_id") WHERE "removal_requests"."state" = 'pending';