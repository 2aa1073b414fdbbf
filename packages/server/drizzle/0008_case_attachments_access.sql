-- Attachments: own jurisdiction only, like the case they belong to.
GRANT SELECT, INSERT, UPDATE, DELETE ON case_attachments TO veza_app;
--> statement-breakpoint
ALTER TABLE case_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_attachments_own_jurisdiction ON case_attachments FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
