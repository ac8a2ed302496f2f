CREATE TABLE "calendar_feed_tokens" (
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feed_tokens_user_id_pk" PRIMARY KEY("user_id")
);
--> statement-breakpoint
CREATE TABLE "event_reminders" (
	"sign_up_id" uuid PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_sign_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"sequence" integer NOT NULL,
	"signed_up_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "event_sign_ups_offer" CHECK ("event_sign_ups"."state" <> 'offered' or "event_sign_ups"."offer_expires_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"description" text NOT NULL,
	"speakers" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"location_name" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"province" text,
	"accessibility" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"sign_up_deadline" timestamp with time zone NOT NULL,
	"audience" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_info" text DEFAULT '' NOT NULL,
	"activity_id" uuid,
	"run_id" uuid,
	"state" text DEFAULT 'published' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"places_taken" integer DEFAULT 0 NOT NULL,
	"last_sequence" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(description, '')), 'B')) STORED NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_time_order" CHECK ("events"."ends_at" > "events"."starts_at"),
	CONSTRAINT "events_deadline" CHECK ("events"."sign_up_deadline" <= "events"."starts_at"),
	CONSTRAINT "events_capacity" CHECK ("events"."capacity" >= 1),
	CONSTRAINT "events_places" CHECK ("events"."places_taken" >= 0 and "events"."places_taken" <= "events"."capacity"),
	CONSTRAINT "events_place_or_online" CHECK ("events"."online" or ("events"."location_name" <> '' and "events"."province" is not null)),
	CONSTRAINT "events_run_with_activity" CHECK ("events"."run_id" is null or "events"."activity_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "outbox_mails" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_reminders" ADD CONSTRAINT "event_reminders_sign_up_id_event_sign_ups_id_fk" FOREIGN KEY ("sign_up_id") REFERENCES "public"."event_sign_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sign_ups" ADD CONSTRAINT "event_sign_ups_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sign_ups" ADD CONSTRAINT "event_sign_ups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_run_id_activity_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."activity_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_uq" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "event_sign_ups_one_active_uq" ON "event_sign_ups" USING btree ("event_id","user_id") WHERE "event_sign_ups"."state" in ('confirmed', 'waiting', 'offered');--> statement-breakpoint
CREATE UNIQUE INDEX "event_sign_ups_sequence_uq" ON "event_sign_ups" USING btree ("event_id","sequence");--> statement-breakpoint
CREATE INDEX "event_sign_ups_user_idx" ON "event_sign_ups" USING btree ("user_id","signed_up_at");--> statement-breakpoint
CREATE INDEX "event_sign_ups_offers_idx" ON "event_sign_ups" USING btree ("offer_expires_at") WHERE "event_sign_ups"."state" = 'offered';--> statement-breakpoint
CREATE INDEX "events_state_starts_idx" ON "events" USING btree ("state","starts_at","id");--> statement-breakpoint
CREATE INDEX "events_organisation_idx" ON "events" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_province_idx" ON "events" USING btree ("province","starts_at") WHERE "events"."state" = 'published';--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type","starts_at") WHERE "events"."state" = 'published';--> statement-breakpoint
CREATE INDEX "events_activity_idx" ON "events" USING btree ("activity_id") WHERE "events"."activity_id" is not null;--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "events_title_trgm_idx" ON "events" USING gin ("title" gin_trgm_ops);