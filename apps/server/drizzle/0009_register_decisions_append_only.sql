-- Hand-written: recorded decisions and the conversation on an application are append-only, enforced by the database.
CREATE OR REPLACE FUNCTION register_records_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER cycle_decisions_no_update_delete
  BEFORE UPDATE OR DELETE ON cycle_decisions
  FOR EACH ROW EXECUTE FUNCTION register_records_refuse_change();--> statement-breakpoint
CREATE TRIGGER cycle_decisions_no_truncate
  BEFORE TRUNCATE ON cycle_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION register_records_refuse_change();--> statement-breakpoint
CREATE TRIGGER application_messages_no_update_delete
  BEFORE UPDATE OR DELETE ON application_messages
  FOR EACH ROW EXECUTE FUNCTION register_records_refuse_change();--> statement-breakpoint
CREATE TRIGGER application_messages_no_truncate
  BEFORE TRUNCATE ON application_messages
  FOR EACH STATEMENT EXECUTE FUNCTION register_records_refuse_change();
