CREATE TABLE "event_attendance_credentials" (
	"check_in_id" uuid PRIMARY KEY NOT NULL,
	"credential_id" text NOT NULL,
	"document" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_attendance_credentials_credentialId_unique" UNIQUE("credential_id")
);
--> statement-breakpoint
CREATE TABLE "event_evaluation_submissions" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "event_evaluation_submissions_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "event_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"content_score" smallint NOT NULL,
	"speaker_score" smallint NOT NULL,
	"usefulness_score" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "event_evaluations_scores" CHECK ("event_evaluations"."content_score" between 1 and 5 and "event_evaluations"."speaker_score" between 1 and 5 and "event_evaluations"."usefulness_score" between 1 and 5),
	CONSTRAINT "event_evaluations_comment_length" CHECK (char_length("event_evaluations"."comment") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "event_attendance_credentials" ADD CONSTRAINT "event_attendance_credentials_check_in_id_event_check_ins_id_fk" FOREIGN KEY ("check_in_id") REFERENCES "public"."event_check_ins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_evaluation_submissions" ADD CONSTRAINT "event_evaluation_submissions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_evaluation_submissions" ADD CONSTRAINT "event_evaluation_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_evaluations" ADD CONSTRAINT "event_evaluations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_evaluation_submissions_user_idx" ON "event_evaluation_submissions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "event_evaluations_event_idx" ON "event_evaluations" USING btree ("event_id");