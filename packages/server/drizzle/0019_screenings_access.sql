-- Screening instruments: any signed-in user reads them (they hold no personal data); a
-- jurisdiction publishes its own versions, which never change afterwards.
GRANT SELECT, INSERT ON instruments TO veza_app;
--> statement-breakpoint
ALTER TABLE instruments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY instruments_read ON instruments FOR SELECT TO veza_app USING (veza_actor_jurisdiction() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY instruments_publish ON instruments FOR INSERT TO veza_app WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
-- Screenings: the recording agency sees its own, the jurisdiction's coordinators all of the
-- jurisdiction's, and the parties to a request that links one (a referral) that one.
GRANT SELECT, INSERT, UPDATE ON screenings TO veza_app;
--> statement-breakpoint
ALTER TABLE screenings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screenings_read ON screenings FOR SELECT TO veza_app
  USING (
    (jurisdiction = veza_actor_jurisdiction() AND (agency_id = veza_actor_agency() OR veza_actor_has_role('coordinator')))
    OR id IN (SELECT record_id FROM request_links WHERE kind = 'screening')
  );
--> statement-breakpoint
CREATE POLICY screenings_record ON screenings FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND agency_id = veza_actor_agency());
--> statement-breakpoint
CREATE POLICY screenings_update ON screenings FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND agency_id = veza_actor_agency())
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND agency_id = veza_actor_agency());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON screening_declines, screening_decline_ids TO veza_app;
--> statement-breakpoint
ALTER TABLE screening_declines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screening_declines_own ON screening_declines FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
ALTER TABLE screening_decline_ids ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screening_decline_ids_own ON screening_decline_ids FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
-- Counts for analysts, who see no screening itself: outcomes per month and agency of the actor's
-- jurisdiction, and declines. Small counts are the caller's to suppress before showing them.
CREATE FUNCTION veza_screening_counts() RETURNS TABLE (month text, agency_id uuid, outcome text, screenings bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT to_char(conducted_at AT TIME ZONE 'UTC', 'YYYY-MM'), agency_id, outcome, count(*)
  FROM screenings WHERE jurisdiction = veza_actor_jurisdiction()
  GROUP BY 1, 2, 3
  UNION ALL
  SELECT to_char(day, 'YYYY-MM'), agency_id, 'declined', sum(count)
  FROM screening_declines WHERE jurisdiction = veza_actor_jurisdiction()
  GROUP BY 1, 2, 3
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_screening_counts() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_screening_counts() TO veza_app;
