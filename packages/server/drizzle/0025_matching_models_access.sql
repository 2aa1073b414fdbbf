-- Matching models: read and changed (a version brought back, learning paused or resumed) by their
-- own jurisdiction only; the policy layer lets only coordinators change them. Never deleted.
GRANT SELECT, INSERT, UPDATE ON matching_models TO veza_app;
--> statement-breakpoint
ALTER TABLE matching_models ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY matching_models_own ON matching_models FOR ALL TO veza_app
  USING (scope = veza_actor_jurisdiction()) WITH CHECK (scope = veza_actor_jurisdiction());
