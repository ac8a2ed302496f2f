CREATE TABLE "registers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"number_prefix" text NOT NULL,
	"professions" text[] DEFAULT '{}'::text[] NOT NULL,
	"cycle_years" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registers_slug_unique" UNIQUE("slug"),
	CONSTRAINT "registers_numberPrefix_unique" UNIQUE("number_prefix")
);
--> statement-breakpoint
CREATE TABLE "registration_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"postponed_until" date,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_cycles_registration_number_uq" UNIQUE("registration_id","number"),
	CONSTRAINT "registration_cycles_end_after_start" CHECK ("registration_cycles"."end_date" > "registration_cycles"."start_date"),
	CONSTRAINT "registration_cycles_postponed_after_end" CHECK ("registration_cycles"."postponed_until" is null or "registration_cycles"."postponed_until" > "registration_cycles"."end_date")
);
--> statement-breakpoint
CREATE TABLE "registration_number_counters" (
	"register_id" uuid PRIMARY KEY NOT NULL,
	"next_value" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"effective_date" date NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"confirmed_by_id" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"public_until" date,
	CONSTRAINT "registration_status_changes_confirmer_differs" CHECK ("registration_status_changes"."confirmed_by_id" is null or "registration_status_changes"."actor_id" is null or "registration_status_changes"."confirmed_by_id" <> "registration_status_changes"."actor_id")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"registration_number" text,
	"status" text DEFAULT 'candidate' NOT NULL,
	"re_entry" boolean DEFAULT false NOT NULL,
	"profession" text NOT NULL,
	"employer_organisation_id" uuid,
	"self_employed" boolean DEFAULT false NOT NULL,
	"show_employer_publicly" boolean DEFAULT false NOT NULL,
	"initials" text NOT NULL,
	"infix" text DEFAULT '' NOT NULL,
	"surname" text NOT NULL,
	"surname_search" text NOT NULL,
	"registered_since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_registrationNumber_unique" UNIQUE("registration_number"),
	CONSTRAINT "registrations_register_user_uq" UNIQUE("register_id","user_id"),
	CONSTRAINT "registrations_number_once_registered" CHECK ("registrations"."status" in ('candidate', 'rejected') or ("registrations"."registration_number" is not null and "registrations"."registered_since" is not null)),
	CONSTRAINT "registrations_employer_or_self_employed" CHECK (not ("registrations"."self_employed" and "registrations"."employer_organisation_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "registration_cycles" ADD CONSTRAINT "registration_cycles_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_number_counters" ADD CONSTRAINT "registration_number_counters_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_status_changes" ADD CONSTRAINT "registration_status_changes_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_status_changes" ADD CONSTRAINT "registration_status_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_status_changes" ADD CONSTRAINT "registration_status_changes_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_employer_organisation_id_organisations_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_cycles_open_end_idx" ON "registration_cycles" USING btree ("end_date") WHERE "registration_cycles"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "registration_status_changes_registration_idx" ON "registration_status_changes" USING btree ("registration_id","decided_at");--> statement-breakpoint
CREATE INDEX "registrations_register_status_idx" ON "registrations" USING btree ("register_id","status");--> statement-breakpoint
CREATE INDEX "registrations_user_idx" ON "registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "registrations_surname_search_trgm_idx" ON "registrations" USING gin ("surname_search" gin_trgm_ops);