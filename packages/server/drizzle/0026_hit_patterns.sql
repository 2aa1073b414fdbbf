ALTER TABLE "hits" ADD COLUMN "pattern" integer;--> statement-breakpoint
ALTER TABLE "hits" ADD COLUMN "frequency_weight" double precision;--> statement-breakpoint
-- Every jurisdiction reads the regional matcher's model (its weights and decision counts: no record).
CREATE POLICY matching_models_region_read ON matching_models FOR SELECT TO veza_app USING (scope = 'region');
