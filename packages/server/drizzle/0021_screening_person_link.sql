-- Linking a screening to a person record: the recording agency, or a coordinator of the jurisdiction.
DROP POLICY screenings_update ON screenings;
--> statement-breakpoint
CREATE POLICY screenings_update ON screenings FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND (agency_id = veza_actor_agency() OR veza_actor_has_role('coordinator')))
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND (agency_id = veza_actor_agency() OR veza_actor_has_role('coordinator')));
