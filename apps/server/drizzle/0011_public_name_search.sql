CREATE TABLE "registration_surnames" (
	"surname_search" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO "registration_surnames" ("surname_search") SELECT DISTINCT "surname_search" FROM "registrations";--> statement-breakpoint
DROP INDEX "registrations_surname_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "registration_surnames_trgm_idx" ON "registration_surnames" USING gin ("surname_search" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "registrations_surname_search_idx" ON "registrations" USING btree ("surname_search","registration_number");--> statement-breakpoint
CREATE INDEX "registrations_surname_initials_idx" ON "registrations" USING btree ("surname_search",(upper(regexp_replace("initials", '[^[:alpha:]]', '', 'g')) collate "C"));--> statement-breakpoint
-- Added by hand: every surname of a registration is in registration_surnames, kept by a trigger so that no code
-- path that writes registrations can forget it. Names are never removed: an unused name only finds nothing.
CREATE FUNCTION "registration_surnames_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "registration_surnames" ("surname_search") VALUES (NEW."surname_search") ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "registrations_keep_surnames" AFTER INSERT OR UPDATE OF "surname_search" ON "registrations"
  FOR EACH ROW EXECUTE FUNCTION "registration_surnames_keep"();
