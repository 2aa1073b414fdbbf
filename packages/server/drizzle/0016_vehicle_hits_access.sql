-- Vehicles' opaque references: read and written under row-level security by their own jurisdiction only.
GRANT SELECT, INSERT, UPDATE, DELETE ON match_vehicle_references TO veza_app;
--> statement-breakpoint
ALTER TABLE match_vehicle_references ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY match_vehicle_references_own_jurisdiction ON match_vehicle_references FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
