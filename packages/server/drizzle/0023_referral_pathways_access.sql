-- Referral pathways: read and kept by their own jurisdiction (coordinators change them; the policy layer checks the role).
GRANT SELECT, INSERT, UPDATE, DELETE ON referral_pathways TO veza_app;
--> statement-breakpoint
ALTER TABLE referral_pathways ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_pathways_own ON referral_pathways FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
