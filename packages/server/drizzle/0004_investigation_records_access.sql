-- Investigation records: the application role reads and writes them within its own jurisdiction only.
GRANT SELECT, INSERT, UPDATE, DELETE ON case_counters TO veza_app;
--> statement-breakpoint
ALTER TABLE case_counters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_counters_own_jurisdiction ON case_counters FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON cases TO veza_app;
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_own_jurisdiction ON cases FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON case_links TO veza_app;
--> statement-breakpoint
ALTER TABLE case_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_links_own_jurisdiction ON case_links FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON persons TO veza_app;
--> statement-breakpoint
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY persons_own_jurisdiction ON persons FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON person_names TO veza_app;
--> statement-breakpoint
ALTER TABLE person_names ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_names_own_jurisdiction ON person_names FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON person_name_keys TO veza_app;
--> statement-breakpoint
ALTER TABLE person_name_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_name_keys_own_jurisdiction ON person_name_keys FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON person_phones TO veza_app;
--> statement-breakpoint
ALTER TABLE person_phones ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_phones_own_jurisdiction ON person_phones FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON person_documents TO veza_app;
--> statement-breakpoint
ALTER TABLE person_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_documents_own_jurisdiction ON person_documents FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON case_roles TO veza_app;
--> statement-breakpoint
ALTER TABLE case_roles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_roles_own_jurisdiction ON case_roles FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON vehicles TO veza_app;
--> statement-breakpoint
ALTER TABLE vehicles ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vehicles_own_jurisdiction ON vehicles FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
