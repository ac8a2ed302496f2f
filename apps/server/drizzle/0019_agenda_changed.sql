-- Hand-written: the database says at commit what changed in the public agenda, so every app instance can keep the
-- agenda's summaries in memory (decision 016). NOTIFY is transactional and delivered in commit order; payloads are
-- deduplicated per transaction. Channel `agenda_changed`: an event's id, or `*` when a change may touch any event.
CREATE OR REPLACE FUNCTION agenda_event_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('agenda_changed', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION agenda_all_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('agenda_changed', '*');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER events_agenda_changed
  AFTER INSERT OR UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION agenda_event_changed();--> statement-breakpoint
CREATE TRIGGER events_agenda_truncated
  AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION agenda_all_changed();--> statement-breakpoint
-- What a summary shows of an organisation and an accredited activity.
CREATE TRIGGER organisations_agenda_changed
  AFTER UPDATE ON organisations
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION agenda_all_changed();--> statement-breakpoint
CREATE TRIGGER activities_agenda_changed
  AFTER UPDATE ON activities
  FOR EACH ROW WHEN (
    OLD.state IS DISTINCT FROM NEW.state OR OLD.public_id IS DISTINCT FROM NEW.public_id
    OR OLD.points IS DISTINCT FROM NEW.points OR OLD.category IS DISTINCT FROM NEW.category
  )
  EXECUTE FUNCTION agenda_all_changed();--> statement-breakpoint
CREATE TRIGGER activities_agenda_deleted
  AFTER DELETE ON activities
  FOR EACH ROW EXECUTE FUNCTION agenda_all_changed();
