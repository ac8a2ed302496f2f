-- Hand-written: the status history of registrations is append-only, enforced by the database and not only by code.
CREATE OR REPLACE FUNCTION registration_status_changes_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'registration_status_changes is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER registration_status_changes_no_update_delete
  BEFORE UPDATE OR DELETE ON registration_status_changes
  FOR EACH ROW EXECUTE FUNCTION registration_status_changes_refuse_change();--> statement-breakpoint
CREATE TRIGGER registration_status_changes_no_truncate
  BEFORE TRUNCATE ON registration_status_changes
  FOR EACH STATEMENT EXECUTE FUNCTION registration_status_changes_refuse_change();
