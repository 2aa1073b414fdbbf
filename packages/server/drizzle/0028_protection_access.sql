-- Protection cases hold the most sensitive data there is: a victim's identity and story. Row-level
-- security draws the same line as access/policies/protection.ts: the owning agency's caseworkers,
-- the case's own caseworker and supervisor, and the jurisdiction's coordinators (who run the
-- National Referral Mechanism) see a case; investigators and prosecutors never do by this rule.
CREATE FUNCTION veza_protection_member(p_jurisdiction text, p_agency uuid, p_owner uuid, p_supervisor uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_jurisdiction = veza_actor_jurisdiction() AND (
    (p_agency = veza_actor_agency() AND veza_actor_has_role('caseworker'))
    OR p_owner = veza_actor_id()
    OR p_supervisor = veza_actor_id()
    OR veza_actor_has_role('coordinator')
  )
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_protection_member(text, uuid, uuid, uuid) TO veza_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON protection_cases TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_cases_read ON protection_cases FOR SELECT TO veza_app
  USING (veza_protection_member(jurisdiction, agency_id, owner_id, supervisor_id));
--> statement-breakpoint
CREATE POLICY protection_cases_open ON protection_cases FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND agency_id = veza_actor_agency() AND veza_actor_has_role('caseworker'));
--> statement-breakpoint
CREATE POLICY protection_cases_update ON protection_cases FOR UPDATE TO veza_app
  USING (veza_protection_member(jurisdiction, agency_id, owner_id, supervisor_id))
  WITH CHECK (veza_protection_member(jurisdiction, agency_id, owner_id, supervisor_id));
--> statement-breakpoint
-- A case's history and consents follow the case: whoever sees the case sees them. Nothing is
-- ever updated or deleted: a consent withdrawn is a new record.
GRANT SELECT, INSERT ON protection_stage_events, protection_consents TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_stage_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_stage_events_case ON protection_stage_events FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
ALTER TABLE protection_consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_consents_case ON protection_consents FOR ALL TO veza_app
  USING (case_id IN (SELECT id FROM protection_cases)) WITH CHECK (case_id IN (SELECT id FROM protection_cases));
--> statement-breakpoint
-- The NRM pathway: every signed-in user of the jurisdiction reads it; its coordinators set it.
GRANT SELECT, INSERT, UPDATE ON protection_pathways TO veza_app;
--> statement-breakpoint
ALTER TABLE protection_pathways ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY protection_pathways_read ON protection_pathways FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY protection_pathways_set ON protection_pathways FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND veza_actor_has_role('coordinator'))
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND veza_actor_has_role('coordinator'));
