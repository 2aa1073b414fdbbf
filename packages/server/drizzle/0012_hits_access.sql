-- Hit/no-hit: references and hits are read under row-level security by the jurisdictions they
-- concern; the matcher's store of encodings is the system's alone (no grant to the application).
GRANT SELECT, INSERT, UPDATE, DELETE ON match_references TO veza_app;
--> statement-breakpoint
ALTER TABLE match_references ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY match_references_own_jurisdiction ON match_references FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
REVOKE ALL ON match_encodings FROM veza_app;
--> statement-breakpoint
GRANT SELECT, UPDATE ON hits TO veza_app;
--> statement-breakpoint
ALTER TABLE hits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hits_either_side ON hits FOR ALL TO veza_app
  USING (jurisdiction_a = veza_actor_jurisdiction() OR jurisdiction_b = veza_actor_jurisdiction())
  WITH CHECK (jurisdiction_a = veza_actor_jurisdiction() OR jurisdiction_b = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON hit_participation TO veza_app;
--> statement-breakpoint
ALTER TABLE hit_participation ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY hit_participation_read ON hit_participation FOR SELECT TO veza_app USING (true);
--> statement-breakpoint
CREATE POLICY hit_participation_own ON hit_participation FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY hit_participation_own_update ON hit_participation FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
