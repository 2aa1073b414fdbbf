-- The work on a protection case follows the case: whoever sees the case (veza_protection_member)
-- sees its assessments, plans, approvals and overrides. Beyond the case's own people, three others
-- see one thing each, never the case itself: a service provider its referrals (the fields its
-- service needs, copied onto the referral), an agency the case was shared with its share, and the
-- receiving agency of a transfer (with its jurisdiction's coordinators) the transfer.
GRANT SELECT, INSERT ON protection_assessments, protection_consent_overrides TO veza_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON protection_plans, protection_approvals TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_assessments_case ON protection_assessments FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
ALTER TABLE protection_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_plans_case ON protection_plans FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
ALTER TABLE protection_approvals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_approvals_case ON protection_approvals FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
ALTER TABLE protection_consent_overrides ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_consent_overrides_case ON protection_consent_overrides FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON protection_service_referrals TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_service_referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_service_referrals_case ON protection_service_referrals FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
CREATE POLICY protection_service_referrals_provider ON protection_service_referrals FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND provider_agency_id = veza_actor_agency()
    AND veza_actor_has_role('caseworker'));
--> statement-breakpoint
CREATE POLICY protection_service_referrals_provider_answers ON protection_service_referrals FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND provider_agency_id = veza_actor_agency()
    AND veza_actor_has_role('caseworker'))
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND provider_agency_id = veza_actor_agency()
    AND veza_actor_has_role('caseworker'));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON protection_shares TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_shares ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_shares_case ON protection_shares FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
CREATE POLICY protection_shares_recipient ON protection_shares FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND agency_id = veza_actor_agency() AND revoked_at IS NULL);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON protection_transfers TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_transfers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_transfers_case ON protection_transfers FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
CREATE POLICY protection_transfers_recipient ON protection_transfers FOR SELECT TO veza_app
  USING (status <> 'stopped' AND to_jurisdiction = veza_actor_jurisdiction() AND (
    (to_agency_id = veza_actor_agency() AND veza_actor_has_role('caseworker')) OR veza_actor_has_role('coordinator')));
--> statement-breakpoint
CREATE POLICY protection_transfers_recipient_answers ON protection_transfers FOR UPDATE TO veza_app
  USING (status = 'proposed' AND to_jurisdiction = veza_actor_jurisdiction() AND to_agency_id = veza_actor_agency()
    AND veza_actor_has_role('caseworker'))
  WITH CHECK (to_jurisdiction = veza_actor_jurisdiction() AND to_agency_id = veza_actor_agency());
--> statement-breakpoint
-- Notifies users of a protection case's jurisdiction (its caseworker, supervisor, coordinators, a
-- provider's caseworkers) that something on the case waits for them, in the app. The actor must
-- have a part in the case: see it, or be the provider of one of its referrals. The event key makes
-- it idempotent; the actor is never notified of their own act.
CREATE FUNCTION veza_notify_protection(p_case uuid, p_users uuid[], p_kind text, p_event_key text,
  p_urgent boolean) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  c protection_cases%ROWTYPE;
  notified integer;
BEGIN
  SELECT * INTO c FROM protection_cases WHERE id = p_case;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such protection case';
  END IF;
  IF NOT (veza_protection_member(c.jurisdiction, c.agency_id, c.owner_id, c.supervisor_id)
      OR EXISTS (SELECT 1 FROM protection_service_referrals s WHERE s.case_id = c.id
        AND s.provider_agency_id = veza_actor_agency() AND c.jurisdiction = veza_actor_jurisdiction())) THEN
    RAISE EXCEPTION 'the actor has no part in this protection case';
  END IF;
  INSERT INTO notifications (user_id, jurisdiction, kind, protection_case_id, event_key, urgent)
  SELECT u.id, c.jurisdiction, p_kind, c.id, p_event_key, p_urgent
  FROM users u
  WHERE u.id = ANY (p_users) AND u.jurisdiction = c.jurisdiction AND u.disabled_at IS NULL
    AND u.id IS DISTINCT FROM veza_actor_id()
  ON CONFLICT (user_id, event_key) DO NOTHING;
  GET DIAGNOSTICS notified = ROW_COUNT;
  RETURN notified;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_notify_protection(uuid, uuid[], text, text, boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_notify_protection(uuid, uuid[], text, text, boolean) TO veza_app;
--> statement-breakpoint
-- Erasure at the end of retention: the person's identifying fields go from the case and from
-- everything that copied them (stage reasons, consent witnesses, needs notes, plan goals, what
-- referrals, shares and transfers carried), leaving what statistics need (sex, nationality, child,
-- stages, dates, outcome). Only a coordinator of the case's jurisdiction, only on a closed case.
-- Here as one function because history and consents are otherwise never updated.
CREATE FUNCTION veza_erase_protection_case(p_case uuid, p_at timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  c protection_cases%ROWTYPE;
BEGIN
  SELECT * INTO c FROM protection_cases WHERE id = p_case;
  IF NOT FOUND OR c.jurisdiction <> veza_actor_jurisdiction() OR NOT veza_actor_has_role('coordinator') THEN
    RAISE EXCEPTION 'only a coordinator of the case''s jurisdiction erases it';
  END IF;
  IF c.status <> 'closed' THEN
    RAISE EXCEPTION 'only a closed case is erased';
  END IF;
  UPDATE protection_cases SET given_names = NULL, family_names = NULL,
    birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE left(birth_date, 4) END,
    guardian_name = NULL, best_interests_determined_by = NULL, closure_reason = NULL,
    age_assessments = (SELECT coalesce(jsonb_agg(a - 'by'), '[]'::jsonb) FROM jsonb_array_elements(c.age_assessments) a),
    reflection_extensions = (SELECT coalesce(jsonb_agg(e - 'reason'), '[]'::jsonb) FROM jsonb_array_elements(c.reflection_extensions) e),
    erased_at = p_at, updated_at = p_at, version = version + 1
  WHERE id = p_case;
  UPDATE protection_stage_events SET reasons = NULL WHERE case_id = p_case;
  UPDATE protection_consents SET witnessed_by = NULL WHERE case_id = p_case;
  UPDATE protection_assessments SET needs = (SELECT coalesce(jsonb_object_agg(k, v - 'notes'), '{}'::jsonb) FROM jsonb_each(needs) AS n(k, v))
    WHERE case_id = p_case;
  UPDATE protection_plans SET goals = (SELECT coalesce(jsonb_agg(g - 'goal'), '[]'::jsonb) FROM jsonb_array_elements(goals) g)
    WHERE case_id = p_case;
  UPDATE protection_approvals SET proposal = proposal - 'reasons' - 'reason', comment = NULL WHERE case_id = p_case;
  UPDATE protection_service_referrals SET shared = '{}'::jsonb, note = NULL, reason = NULL WHERE case_id = p_case;
  UPDATE protection_shares SET shared = '{}'::jsonb, revoked_at = coalesce(revoked_at, p_at) WHERE case_id = p_case;
  UPDATE protection_transfers SET shared = '{}'::jsonb WHERE case_id = p_case;
  UPDATE protection_consent_overrides SET reason = '(erased)' WHERE case_id = p_case;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_erase_protection_case(uuid, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_erase_protection_case(uuid, timestamptz) TO veza_app;
