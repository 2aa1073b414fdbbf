-- The application role, row-level security on jurisdiction, and the append-only audit chain.
-- Application queries run inside transactions that SET LOCAL ROLE veza_app and set
-- veza.jurisdiction / veza.actor_id with set_config(..., true); the policies below read them.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veza_app') THEN
    CREATE ROLE veza_app NOLOGIN;
  END IF;
END $$;
--> statement-breakpoint
-- PostgreSQL 15+: the migrating role must be a member to SET ROLE to it (superusers already can).
DO $$ BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, 'veza_app', 'MEMBER') THEN
    EXECUTE format('GRANT veza_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO veza_app;
--> statement-breakpoint
CREATE FUNCTION veza_actor_jurisdiction() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('veza.jurisdiction', true), '') $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_actor_jurisdiction() TO veza_app;
--> statement-breakpoint
-- Directory: every signed-in user in the region reads it; only the owning jurisdiction writes.
GRANT SELECT, INSERT, UPDATE, DELETE ON agencies, contact_points TO veza_app;
--> statement-breakpoint
ALTER TABLE agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contact_points ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agencies_read ON agencies FOR SELECT TO veza_app USING (veza_actor_jurisdiction() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY agencies_insert ON agencies FOR INSERT TO veza_app WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY agencies_update ON agencies FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY agencies_delete ON agencies FOR DELETE TO veza_app USING (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY contact_points_read ON contact_points FOR SELECT TO veza_app USING (veza_actor_jurisdiction() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY contact_points_insert ON contact_points FOR INSERT TO veza_app WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY contact_points_update ON contact_points FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY contact_points_delete ON contact_points FOR DELETE TO veza_app USING (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
-- Users: seen and managed within their own jurisdiction only. Sign-in and session checks run
-- before there is an actor, as the owning role, outside these policies.
GRANT SELECT, INSERT, UPDATE ON users TO veza_app;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_own_jurisdiction ON users FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, UPDATE ON sessions TO veza_app;
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY sessions_own_jurisdiction ON sessions FOR ALL TO veza_app
  USING (EXISTS (SELECT 1 FROM users u WHERE u.id = sessions.user_id AND u.jurisdiction = veza_actor_jurisdiction()));
--> statement-breakpoint
-- Audit: read within the jurisdiction; written only through veza_audit_append(), never changed.
GRANT SELECT ON audit_log TO veza_app;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_log_own_jurisdiction ON audit_log FOR SELECT TO veza_app USING (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE FUNCTION veza_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION veza_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION veza_refuse_audit_change();
--> statement-breakpoint
-- Returns the chain's head and holds a transaction lock until commit, so entries are chained one at a time.
CREATE FUNCTION veza_audit_head() RETURNS TABLE (seq bigint, hash text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(730173);
  RETURN QUERY SELECT a.seq, a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
END $$;
--> statement-breakpoint
-- Appends one entry whose hash the caller computed; refuses anything that does not extend the head.
CREATE FUNCTION veza_audit_append(
  p_seq bigint, p_at timestamptz, p_actor_id uuid, p_actor_username text, p_jurisdiction text,
  p_action text, p_outcome text, p_record_type text, p_record_id text, p_purpose text, p_address text,
  p_details jsonb, p_prev_hash text, p_hash text
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(730173);
  SELECT a.seq, a.hash INTO head_seq, head_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
  IF p_seq <> coalesce(head_seq, 0) + 1 OR p_prev_hash <> coalesce(head_hash, repeat('0', 64)) THEN
    RAISE EXCEPTION 'audit entry does not extend the chain' USING ERRCODE = 'serialization_failure';
  END IF;
  INSERT INTO audit_log (seq, at, actor_id, actor_username, jurisdiction, action, outcome, record_type,
    record_id, purpose, address, details, prev_hash, hash)
  VALUES (p_seq, p_at, p_actor_id, p_actor_username, p_jurisdiction, p_action, p_outcome, p_record_type,
    p_record_id, p_purpose, p_address, p_details, p_prev_hash, p_hash);
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_audit_head() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_audit_append(bigint, timestamptz, uuid, text, text, text, text, text, text, text, text, jsonb, text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_audit_head() TO veza_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_audit_append(bigint, timestamptz, uuid, text, text, text, text, text, text, text, text, jsonb, text, text) TO veza_app;
