-- Hand-written: the points ledger and the norm versions are append-only, enforced by the database and not only by
-- code. A withdrawal is a new, reversing entry; a new norm is a new version.
CREATE OR REPLACE FUNCTION points_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER points_ledger_no_update_delete
  BEFORE UPDATE OR DELETE ON points_ledger
  FOR EACH ROW EXECUTE FUNCTION points_refuse_change();--> statement-breakpoint
CREATE TRIGGER points_ledger_no_truncate
  BEFORE TRUNCATE ON points_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION points_refuse_change();--> statement-breakpoint
CREATE TRIGGER norm_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON norm_versions
  FOR EACH ROW EXECUTE FUNCTION points_refuse_change();--> statement-breakpoint
CREATE TRIGGER norm_versions_no_truncate
  BEFORE TRUNCATE ON norm_versions
  FOR EACH STATEMENT EXECUTE FUNCTION points_refuse_change();--> statement-breakpoint
-- A reversal reverses an entry of the same registration, cycle, category and activity, for exactly its points.
CREATE OR REPLACE FUNCTION points_ledger_check_reversal() RETURNS trigger AS $$
DECLARE
  original points_ledger%ROWTYPE;
BEGIN
  IF NEW.reverses_entry_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT * INTO original FROM points_ledger WHERE id = NEW.reverses_entry_id;
  IF NOT FOUND OR original.reverses_entry_id IS NOT NULL
     OR original.registration_id <> NEW.registration_id OR original.cycle_id <> NEW.cycle_id
     OR original.category <> NEW.category OR original.activity_key <> NEW.activity_key
     OR original.points <> -NEW.points THEN
    RAISE EXCEPTION 'points_ledger: a reversal must mirror the booking it reverses' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER points_ledger_reversal_mirrors
  BEFORE INSERT ON points_ledger
  FOR EACH ROW EXECUTE FUNCTION points_ledger_check_reversal();
