-- The analysis facts, one partition per jurisdiction: a dashboard reads one jurisdiction's rows,
-- and with the jurisdictions' rows mixed on every page of one table it read nearly every page of
-- it (bench: 1M persons, a Serbian chart of people 495 ms). The primary keys include the
-- jurisdiction, as a partitioned table's must; the Drizzle schema keeps naming the row key alone,
-- which is what the code relies on (the refresh deletes and inserts by case).
--
-- The actor's jurisdiction, read by every row-level policy, is safe in parallel workers (they get
-- the leader's settings): marked so, a dashboard's scan can use them.
ALTER FUNCTION veza_actor_jurisdiction() PARALLEL SAFE;
--> statement-breakpoint
ALTER TABLE "analysis_cases" RENAME TO "analysis_cases_unpartitioned";
--> statement-breakpoint
CREATE TABLE "analysis_cases" (LIKE "analysis_cases_unpartitioned" INCLUDING DEFAULTS) PARTITION BY LIST (jurisdiction);
--> statement-breakpoint
CREATE TABLE "analysis_cases_al" PARTITION OF "analysis_cases" FOR VALUES IN ('AL');
--> statement-breakpoint
CREATE TABLE "analysis_cases_ba" PARTITION OF "analysis_cases" FOR VALUES IN ('BA');
--> statement-breakpoint
CREATE TABLE "analysis_cases_xk" PARTITION OF "analysis_cases" FOR VALUES IN ('XK');
--> statement-breakpoint
CREATE TABLE "analysis_cases_me" PARTITION OF "analysis_cases" FOR VALUES IN ('ME');
--> statement-breakpoint
CREATE TABLE "analysis_cases_mk" PARTITION OF "analysis_cases" FOR VALUES IN ('MK');
--> statement-breakpoint
CREATE TABLE "analysis_cases_rs" PARTITION OF "analysis_cases" FOR VALUES IN ('RS');
--> statement-breakpoint
CREATE TABLE "analysis_cases_other" PARTITION OF "analysis_cases" DEFAULT;
--> statement-breakpoint
INSERT INTO "analysis_cases" SELECT * FROM "analysis_cases_unpartitioned";
--> statement-breakpoint
DROP TABLE "analysis_cases_unpartitioned";
--> statement-breakpoint
ALTER TABLE "analysis_cases" ADD CONSTRAINT "analysis_cases_case_id_pk" PRIMARY KEY ("jurisdiction", "case_id");
--> statement-breakpoint
CREATE INDEX "analysis_cases_period_idx" ON "analysis_cases" USING btree ("jurisdiction","year","week");
--> statement-breakpoint
GRANT SELECT ON "analysis_cases" TO veza_app;
--> statement-breakpoint
ALTER TABLE "analysis_cases" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "analysis_cases_read" ON "analysis_cases" FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
--> statement-breakpoint
ALTER TABLE "analysis_persons" RENAME TO "analysis_persons_unpartitioned";
--> statement-breakpoint
CREATE TABLE "analysis_persons" (LIKE "analysis_persons_unpartitioned" INCLUDING DEFAULTS) PARTITION BY LIST (jurisdiction);
--> statement-breakpoint
CREATE TABLE "analysis_persons_al" PARTITION OF "analysis_persons" FOR VALUES IN ('AL');
--> statement-breakpoint
CREATE TABLE "analysis_persons_ba" PARTITION OF "analysis_persons" FOR VALUES IN ('BA');
--> statement-breakpoint
CREATE TABLE "analysis_persons_xk" PARTITION OF "analysis_persons" FOR VALUES IN ('XK');
--> statement-breakpoint
CREATE TABLE "analysis_persons_me" PARTITION OF "analysis_persons" FOR VALUES IN ('ME');
--> statement-breakpoint
CREATE TABLE "analysis_persons_mk" PARTITION OF "analysis_persons" FOR VALUES IN ('MK');
--> statement-breakpoint
CREATE TABLE "analysis_persons_rs" PARTITION OF "analysis_persons" FOR VALUES IN ('RS');
--> statement-breakpoint
CREATE TABLE "analysis_persons_other" PARTITION OF "analysis_persons" DEFAULT;
--> statement-breakpoint
INSERT INTO "analysis_persons" SELECT * FROM "analysis_persons_unpartitioned";
--> statement-breakpoint
DROP TABLE "analysis_persons_unpartitioned";
--> statement-breakpoint
ALTER TABLE "analysis_persons" ADD CONSTRAINT "analysis_persons_case_role_id_pk" PRIMARY KEY ("jurisdiction", "case_role_id");
--> statement-breakpoint
CREATE INDEX "analysis_persons_period_idx" ON "analysis_persons" USING btree ("jurisdiction","year","week");
--> statement-breakpoint
CREATE INDEX "analysis_persons_case_idx" ON "analysis_persons" USING btree ("case_id");
--> statement-breakpoint
GRANT SELECT ON "analysis_persons" TO veza_app;
--> statement-breakpoint
ALTER TABLE "analysis_persons" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "analysis_persons_read" ON "analysis_persons" FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
--> statement-breakpoint
ALTER TABLE "analysis_legs" RENAME TO "analysis_legs_unpartitioned";
--> statement-breakpoint
CREATE TABLE "analysis_legs" (LIKE "analysis_legs_unpartitioned" INCLUDING DEFAULTS) PARTITION BY LIST (jurisdiction);
--> statement-breakpoint
CREATE TABLE "analysis_legs_al" PARTITION OF "analysis_legs" FOR VALUES IN ('AL');
--> statement-breakpoint
CREATE TABLE "analysis_legs_ba" PARTITION OF "analysis_legs" FOR VALUES IN ('BA');
--> statement-breakpoint
CREATE TABLE "analysis_legs_xk" PARTITION OF "analysis_legs" FOR VALUES IN ('XK');
--> statement-breakpoint
CREATE TABLE "analysis_legs_me" PARTITION OF "analysis_legs" FOR VALUES IN ('ME');
--> statement-breakpoint
CREATE TABLE "analysis_legs_mk" PARTITION OF "analysis_legs" FOR VALUES IN ('MK');
--> statement-breakpoint
CREATE TABLE "analysis_legs_rs" PARTITION OF "analysis_legs" FOR VALUES IN ('RS');
--> statement-breakpoint
CREATE TABLE "analysis_legs_other" PARTITION OF "analysis_legs" DEFAULT;
--> statement-breakpoint
INSERT INTO "analysis_legs" SELECT * FROM "analysis_legs_unpartitioned";
--> statement-breakpoint
DROP TABLE "analysis_legs_unpartitioned";
--> statement-breakpoint
ALTER TABLE "analysis_legs" ADD CONSTRAINT "analysis_legs_leg_id_pk" PRIMARY KEY ("jurisdiction", "leg_id");
--> statement-breakpoint
CREATE INDEX "analysis_legs_period_idx" ON "analysis_legs" USING btree ("jurisdiction","year","week");
--> statement-breakpoint
CREATE INDEX "analysis_legs_case_idx" ON "analysis_legs" USING btree ("case_id");
--> statement-breakpoint
GRANT SELECT ON "analysis_legs" TO veza_app;
--> statement-breakpoint
ALTER TABLE "analysis_legs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "analysis_legs_read" ON "analysis_legs" FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
