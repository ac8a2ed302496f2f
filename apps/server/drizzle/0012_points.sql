CREATE TABLE "accredited_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"granted_by_id" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"revoked_by_id" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"public_id" text,
	"provider_organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"learning_goals" text NOT NULL,
	"format" text NOT NULL,
	"net_hours" numeric(7, 2) NOT NULL,
	"target_professions" text[] DEFAULT '{}'::text[] NOT NULL,
	"requested_category" text NOT NULL,
	"teachers" text[] DEFAULT '{}'::text[] NOT NULL,
	"final_test" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"submitted_by_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"points" numeric(7, 2),
	"category" text,
	"valid_from" date,
	"valid_until" date,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"fast_track" boolean DEFAULT false NOT NULL,
	"checked_by_id" uuid,
	"checked_at" timestamp with time zone,
	CONSTRAINT "activities_publicId_unique" UNIQUE("public_id"),
	CONSTRAINT "activities_net_hours_positive" CHECK ("activities"."net_hours" > 0),
	CONSTRAINT "activities_accredited_complete" CHECK ("activities"."state" <> 'accredited' or ("activities"."public_id" is not null and "activities"."points" is not null and "activities"."category" is not null and "activities"."valid_from" is not null and "activities"."valid_until" is not null))
);
--> statement-breakpoint
CREATE TABLE "activity_id_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"next_value" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"submitted_by_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"original_decider_id" uuid,
	"state" text DEFAULT 'open' NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "activity_objections_other_decider" CHECK ("activity_objections"."decided_by_id" is null or "activity_objections"."original_decider_id" is null or "activity_objections"."decided_by_id" <> "activity_objections"."original_decider_id")
);
--> statement-breakpoint
CREATE TABLE "activity_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_runs_dates" CHECK ("activity_runs"."ends_on" >= "activity_runs"."starts_on"),
	CONSTRAINT "activity_runs_place" CHECK ("activity_runs"."online" or "activity_runs"."location" <> '')
);
--> statement-breakpoint
CREATE TABLE "attendance_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"sha256" text NOT NULL,
	"state" text DEFAULT 'checked' NOT NULL,
	"report" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"booked_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"method" text NOT NULL,
	"import_id" uuid,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_by_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"api_key_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_records_key_length" CHECK (length("idempotency_records"."key") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "organisation_api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "organisation_api_keys_keyHash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "reregistration_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"postponed_until" date,
	"shift_years" integer,
	"norm_check" jsonb NOT NULL,
	"submitted_by_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "reregistration_requests_kind_fields" CHECK (("reregistration_requests"."kind" = 'postponement') = ("reregistration_requests"."postponed_until" is not null) and ("reregistration_requests"."kind" = 'limited-term') = ("reregistration_requests"."shift_years" is not null))
);
--> statement-breakpoint
CREATE TABLE "self_reported_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"activity_date" date NOT NULL,
	"hours" numeric(7, 2) NOT NULL,
	"requested_category" text NOT NULL,
	"evidence_kind" text NOT NULL,
	"evidence_document_id" uuid NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"points_granted" numeric(7, 2),
	"category_granted" text,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"decision_reason" text DEFAULT '' NOT NULL,
	"spot_check" boolean DEFAULT false NOT NULL,
	"spot_checked_by_id" uuid,
	"spot_checked_at" timestamp with time zone,
	"spot_check_outcome" text,
	CONSTRAINT "self_reported_activities_hours_positive" CHECK ("self_reported_activities"."hours" > 0),
	CONSTRAINT "self_reported_activities_approved_complete" CHECK ("self_reported_activities"."state" <> 'approved' or ("self_reported_activities"."points_granted" is not null and "self_reported_activities"."category_granted" is not null))
);
--> statement-breakpoint
CREATE TABLE "norm_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"valid_from" date NOT NULL,
	"total_points" numeric(7, 2) NOT NULL,
	"categories" jsonb NOT NULL,
	"cap_per_activity" numeric(7, 2),
	"pro_rata" text DEFAULT 'yes' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "norm_versions_register_version_uq" UNIQUE("register_id","version"),
	CONSTRAINT "norm_versions_total_positive" CHECK ("norm_versions"."total_points" > 0)
);
--> statement-breakpoint
CREATE TABLE "points_behind_notices" (
	"cycle_id" uuid NOT NULL,
	"category" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_behind_notices_uq" UNIQUE("cycle_id","category")
);
--> statement-breakpoint
CREATE TABLE "points_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"category" text NOT NULL,
	"points" numeric(7, 2) NOT NULL,
	"activity_date" date NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"activity_key" text NOT NULL,
	"reference" text NOT NULL,
	"reverses_entry_id" uuid,
	"booked_by_id" uuid,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "points_ledger_sign" CHECK (("points_ledger"."reverses_entry_id" is null and "points_ledger"."points" > 0) or ("points_ledger"."reverses_entry_id" is not null and "points_ledger"."points" < 0))
);
--> statement-breakpoint
CREATE TABLE "points_settings" (
	"register_id" uuid PRIMARY KEY NOT NULL,
	"spot_check_percent" integer DEFAULT 10 NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_settings_percent" CHECK ("points_settings"."spot_check_percent" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "accredited_providers" ADD CONSTRAINT "accredited_providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accredited_providers" ADD CONSTRAINT "accredited_providers_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accredited_providers" ADD CONSTRAINT "accredited_providers_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_provider_organisation_id_organisations_id_fk" FOREIGN KEY ("provider_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_checked_by_id_users_id_fk" FOREIGN KEY ("checked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_objections" ADD CONSTRAINT "activity_objections_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_objections" ADD CONSTRAINT "activity_objections_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_objections" ADD CONSTRAINT "activity_objections_original_decider_id_users_id_fk" FOREIGN KEY ("original_decider_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_objections" ADD CONSTRAINT "activity_objections_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_runs" ADD CONSTRAINT "activity_runs_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_runs" ADD CONSTRAINT "activity_runs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_imports" ADD CONSTRAINT "attendance_imports_run_id_activity_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."activity_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_imports" ADD CONSTRAINT "attendance_imports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_run_id_activity_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."activity_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendances" ADD CONSTRAINT "attendances_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_records" ADD CONSTRAINT "idempotency_records_api_key_id_organisation_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."organisation_api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_api_keys" ADD CONSTRAINT "organisation_api_keys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_api_keys" ADD CONSTRAINT "organisation_api_keys_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_api_keys" ADD CONSTRAINT "organisation_api_keys_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reregistration_requests" ADD CONSTRAINT "reregistration_requests_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reregistration_requests" ADD CONSTRAINT "reregistration_requests_cycle_id_registration_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."registration_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reregistration_requests" ADD CONSTRAINT "reregistration_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reregistration_requests" ADD CONSTRAINT "reregistration_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reported_activities" ADD CONSTRAINT "self_reported_activities_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reported_activities" ADD CONSTRAINT "self_reported_activities_evidence_document_id_documents_id_fk" FOREIGN KEY ("evidence_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reported_activities" ADD CONSTRAINT "self_reported_activities_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_reported_activities" ADD CONSTRAINT "self_reported_activities_spot_checked_by_id_users_id_fk" FOREIGN KEY ("spot_checked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "norm_versions" ADD CONSTRAINT "norm_versions_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "norm_versions" ADD CONSTRAINT "norm_versions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_behind_notices" ADD CONSTRAINT "points_behind_notices_cycle_id_registration_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."registration_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_cycle_id_registration_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."registration_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_ledger" ADD CONSTRAINT "points_ledger_booked_by_id_users_id_fk" FOREIGN KEY ("booked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_settings" ADD CONSTRAINT "points_settings_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_settings" ADD CONSTRAINT "points_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accredited_providers_one_active_uq" ON "accredited_providers" USING btree ("organisation_id") WHERE "accredited_providers"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "activities_state_idx" ON "activities" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "activities_provider_idx" ON "activities" USING btree ("provider_organisation_id","submitted_at");--> statement-breakpoint
CREATE INDEX "activities_title_trgm_idx" ON "activities" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "activity_objections_one_open_uq" ON "activity_objections" USING btree ("activity_id") WHERE "activity_objections"."state" = 'open';--> statement-breakpoint
CREATE INDEX "activity_runs_activity_idx" ON "activity_runs" USING btree ("activity_id","starts_on");--> statement-breakpoint
CREATE INDEX "attendance_imports_run_idx" ON "attendance_imports" USING btree ("run_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attendances_one_active_uq" ON "attendances" USING btree ("run_id","registration_id") WHERE "attendances"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "attendances_registration_idx" ON "attendances" USING btree ("registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_records_key_uq" ON "idempotency_records" USING btree ("api_key_id","key");--> statement-breakpoint
CREATE INDEX "organisation_api_keys_org_idx" ON "organisation_api_keys" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reregistration_requests_one_open_uq" ON "reregistration_requests" USING btree ("cycle_id") WHERE "reregistration_requests"."state" = 'submitted';--> statement-breakpoint
CREATE INDEX "reregistration_requests_queue_idx" ON "reregistration_requests" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "self_reported_activities_registration_idx" ON "self_reported_activities" USING btree ("registration_id","activity_date");--> statement-breakpoint
CREATE INDEX "self_reported_activities_queue_idx" ON "self_reported_activities" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "points_ledger_registration_cycle_idx" ON "points_ledger" USING btree ("registration_id","cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_one_booking_per_source_uq" ON "points_ledger" USING btree ("source","source_id") WHERE "points_ledger"."reverses_entry_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "points_ledger_one_reversal_uq" ON "points_ledger" USING btree ("reverses_entry_id") WHERE "points_ledger"."reverses_entry_id" is not null;