-- Operational requests. The transaction also names the actor's agency and roles
-- (veza.agency_id, veza.roles), so that row-level security can say: the sending and receiving
-- agencies see a request, and so do the coordinators of the two jurisdictions; nobody else.
CREATE FUNCTION veza_actor_agency() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('veza.agency_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION veza_actor_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('veza.actor_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION veza_actor_has_role(p_role text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT p_role = ANY (string_to_array(coalesce(current_setting('veza.roles', true), ''), ',')) $$;
--> statement-breakpoint
CREATE FUNCTION veza_request_party(p_jurisdiction text, p_to_jurisdiction text, p_from_agency uuid, p_to_agency uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_from_agency = veza_actor_agency() OR p_to_agency = veza_actor_agency()
    OR (veza_actor_has_role('coordinator') AND veza_actor_jurisdiction() IN (p_jurisdiction, p_to_jurisdiction))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_actor_agency(), veza_actor_id(), veza_actor_has_role(text),
  veza_request_party(text, text, uuid, uuid) TO veza_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON requests TO veza_app;
--> statement-breakpoint
ALTER TABLE requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY requests_parties ON requests FOR SELECT TO veza_app
  USING (veza_request_party(jurisdiction, to_jurisdiction, from_agency_id, to_agency_id)
    AND (status <> 'draft' OR from_agency_id = veza_actor_agency()));
--> statement-breakpoint
CREATE POLICY requests_send ON requests FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND from_agency_id = veza_actor_agency());
--> statement-breakpoint
CREATE POLICY requests_update ON requests FOR UPDATE TO veza_app
  USING (veza_request_party(jurisdiction, to_jurisdiction, from_agency_id, to_agency_id))
  WITH CHECK (veza_request_party(jurisdiction, to_jurisdiction, from_agency_id, to_agency_id));
--> statement-breakpoint
CREATE POLICY requests_discard_draft ON requests FOR DELETE TO veza_app
  USING (status = 'draft' AND from_agency_id = veza_actor_agency());
--> statement-breakpoint
-- What hangs off a request is seen with it; what is added is added by the actor's jurisdiction.
GRANT SELECT, INSERT, DELETE ON request_links, request_messages, request_shares, request_attachments, request_events TO veza_app;
--> statement-breakpoint
ALTER TABLE request_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY request_links_with_request ON request_links FOR ALL TO veza_app
  USING (request_id IN (SELECT id FROM requests))
  WITH CHECK (request_id IN (SELECT id FROM requests) AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
ALTER TABLE request_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY request_messages_with_request ON request_messages FOR ALL TO veza_app
  USING (request_id IN (SELECT id FROM requests))
  WITH CHECK (request_id IN (SELECT id FROM requests) AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
ALTER TABLE request_shares ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY request_shares_with_request ON request_shares FOR ALL TO veza_app
  USING (request_id IN (SELECT id FROM requests))
  WITH CHECK (request_id IN (SELECT id FROM requests) AND shared_by = veza_actor_id());
--> statement-breakpoint
ALTER TABLE request_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY request_attachments_with_request ON request_attachments FOR ALL TO veza_app
  USING (request_id IN (SELECT id FROM requests))
  WITH CHECK (request_id IN (SELECT id FROM requests) AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
ALTER TABLE request_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY request_events_with_request ON request_events FOR ALL TO veza_app
  USING (request_id IN (SELECT id FROM requests))
  WITH CHECK (request_id IN (SELECT id FROM requests) AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
-- Notifications: each user reads and marks their own; they are written only through veza_notify.
GRANT SELECT, UPDATE ON notifications TO veza_app;
--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notifications_own ON notifications FOR ALL TO veza_app
  USING (user_id = veza_actor_id()) WITH CHECK (user_id = veza_actor_id());
--> statement-breakpoint
-- The outbox is the deliverer's: the application role neither reads nor writes it directly.
REVOKE ALL ON outbox FROM veza_app;
--> statement-breakpoint
-- Notifies one side of a request that something is waiting: in the app, and by e-mail through
-- the outbox, in the caller's transaction. The recipients are those of that side who have taken
-- part (sent, acknowledged or replied), or, before anyone has, every enabled member of the agency
-- with one of the roles the request's kind allows; never the actor. An actor must be party to the
-- request (a background job running as the owner has no actor). The event key makes it idempotent.
CREATE FUNCTION veza_notify(p_request uuid, p_side text, p_roles text[], p_kind text, p_event_key text,
  p_urgent boolean) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  r requests%ROWTYPE;
  side_agency uuid;
  side_jurisdiction text;
  notified integer;
  recipients uuid[];
BEGIN
  SELECT * INTO r FROM requests WHERE id = p_request;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such request' USING ERRCODE = 'no_data_found';
  END IF;
  IF veza_actor_jurisdiction() IS NOT NULL
     AND NOT veza_request_party(r.jurisdiction, r.to_jurisdiction, r.from_agency_id, r.to_agency_id) THEN
    RAISE EXCEPTION 'not a party to this request' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_side = 'to' THEN
    side_agency := r.to_agency_id; side_jurisdiction := r.to_jurisdiction;
  ELSE
    side_agency := r.from_agency_id; side_jurisdiction := r.jurisdiction;
  END IF;
  SELECT coalesce(array_agg(u.id), '{}') INTO recipients FROM users u
    WHERE u.agency_id = side_agency AND u.disabled_at IS NULL AND u.id IS DISTINCT FROM veza_actor_id()
      AND u.id IN (
        SELECT r.created_by WHERE p_side = 'from'
        UNION SELECT r.acknowledged_by WHERE p_side = 'to'
        UNION SELECT m.author_id FROM request_messages m WHERE m.request_id = p_request AND m.agency_id = side_agency);
  IF cardinality(recipients) = 0 THEN
    SELECT coalesce(array_agg(u.id), '{}') INTO recipients FROM users u
      WHERE u.agency_id = side_agency AND u.disabled_at IS NULL AND u.roles && p_roles
        AND u.id IS DISTINCT FROM veza_actor_id();
  END IF;
  INSERT INTO notifications (user_id, jurisdiction, kind, request_id, event_key, urgent)
    SELECT u, side_jurisdiction, p_kind, p_request, p_event_key, p_urgent FROM unnest(recipients) AS u
    ON CONFLICT (user_id, event_key) DO NOTHING;
  GET DIAGNOSTICS notified = ROW_COUNT;
  INSERT INTO outbox (idempotency_key, recipient, kind, request_id)
    SELECT p_event_key || ':' || u.id, u.email, p_kind, p_request FROM users u
    WHERE u.id = ANY (recipients) AND u.email IS NOT NULL
    ON CONFLICT (idempotency_key) DO NOTHING;
  -- The desk a request is addressed to hears of what arrives there, whoever is on duty.
  IF p_side = 'to' AND r.to_contact_point_id IS NOT NULL THEN
    INSERT INTO outbox (idempotency_key, recipient, kind, request_id)
      SELECT p_event_key || ':contact', c.email, p_kind, p_request FROM contact_points c
      WHERE c.id = r.to_contact_point_id AND c.email IS NOT NULL
      ON CONFLICT (idempotency_key) DO NOTHING;
  END IF;
  RETURN notified;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_notify(uuid, text, text[], text, text, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_notify(uuid, text, text[], text, text, boolean) TO veza_app;
