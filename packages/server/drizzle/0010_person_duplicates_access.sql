-- Possible duplicates and merges: the application role reads and writes them within its own
-- jurisdiction only, like the persons they are about.
GRANT SELECT, INSERT, UPDATE, DELETE ON person_duplicates TO veza_app;
--> statement-breakpoint
ALTER TABLE person_duplicates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_duplicates_own_jurisdiction ON person_duplicates FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON person_merges TO veza_app;
--> statement-breakpoint
ALTER TABLE person_merges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_merges_own_jurisdiction ON person_merges FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
