CREATE TABLE "event_check_in_keywords" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"keyword" text NOT NULL,
	"set_by_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"sign_up_id" uuid NOT NULL,
	"method" text NOT NULL,
	"checked_in_at" timestamp with time zone NOT NULL,
	"checked_in_by_id" uuid NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"points_outcome" text NOT NULL,
	"attendance_id" uuid,
	"undone_at" timestamp with time zone,
	"undone_by_id" uuid,
	"undo_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "event_check_ins_late_reason" CHECK (not "event_check_ins"."late" or "event_check_ins"."reason" <> ''),
	CONSTRAINT "event_check_ins_undo_reason" CHECK ("event_check_ins"."undone_at" is null or "event_check_ins"."undo_reason" <> ''),
	CONSTRAINT "event_check_ins_booked" CHECK (("event_check_ins"."points_outcome" = 'booked') = ("event_check_ins"."attendance_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "event_tickets" (
	"sign_up_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_tickets_code_format" CHECK ("event_tickets"."code" ~ '^[A-HJ-NP-Z2-9]{8}$'),
	CONSTRAINT "event_tickets_version" CHECK ("event_tickets"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "event_check_in_keywords" ADD CONSTRAINT "event_check_in_keywords_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_in_keywords" ADD CONSTRAINT "event_check_in_keywords_set_by_id_users_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_sign_up_id_event_sign_ups_id_fk" FOREIGN KEY ("sign_up_id") REFERENCES "public"."event_sign_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_attendance_id_attendances_id_fk" FOREIGN KEY ("attendance_id") REFERENCES "public"."attendances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_check_ins" ADD CONSTRAINT "event_check_ins_undone_by_id_users_id_fk" FOREIGN KEY ("undone_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tickets" ADD CONSTRAINT "event_tickets_sign_up_id_event_sign_ups_id_fk" FOREIGN KEY ("sign_up_id") REFERENCES "public"."event_sign_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tickets" ADD CONSTRAINT "event_tickets_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "event_check_ins_one_active_uq" ON "event_check_ins" USING btree ("sign_up_id") WHERE "event_check_ins"."undone_at" is null;--> statement-breakpoint
CREATE INDEX "event_check_ins_event_idx" ON "event_check_ins" USING btree ("event_id","checked_in_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_tickets_code_uq" ON "event_tickets" USING btree ("event_id","code");