ALTER TABLE "analysis_cases" ADD COLUMN "people_roles" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "analysis_cases" ADD COLUMN "people_sexes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "analysis_cases" ADD COLUMN "people_age_bands" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "analysis_cases" ADD COLUMN "people_nationalities" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "modus_operandi";--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "crossings";--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "legs";--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "transports";--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "nationalities";--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "sexes";--> statement-breakpoint
ALTER TABLE "analysis_persons" DROP COLUMN "age_bands";--> statement-breakpoint
-- Dropped columns keep their space in the rows already written: the rows are written again,
-- without them, so that a chart of people reads a third of what it read.
CREATE TEMP TABLE analysis_persons_kept AS SELECT * FROM analysis_persons;
--> statement-breakpoint
TRUNCATE analysis_persons;
--> statement-breakpoint
INSERT INTO analysis_persons SELECT * FROM analysis_persons_kept;
--> statement-breakpoint
DROP TABLE analysis_persons_kept;
--> statement-breakpoint
-- The people of the cases already counted, from their facts; the rows written again rather than
-- updated, so that the table holds no dead copy of each row.
CREATE TEMP TABLE analysis_cases_kept AS SELECT * FROM analysis_cases;
--> statement-breakpoint
UPDATE analysis_cases_kept k SET people_roles = p.roles, people_sexes = p.sexes,
    people_age_bands = p.age_bands, people_nationalities = p.nationalities
  FROM (SELECT case_id, array_agg(role ORDER BY case_role_id) AS roles,
      array_agg(sex ORDER BY case_role_id) AS sexes, array_agg(age_band ORDER BY case_role_id) AS age_bands,
      array_agg(nationality ORDER BY case_role_id) AS nationalities
    FROM analysis_persons GROUP BY case_id) p
  WHERE p.case_id = k.case_id;
--> statement-breakpoint
TRUNCATE analysis_cases;
--> statement-breakpoint
INSERT INTO analysis_cases SELECT * FROM analysis_cases_kept;
--> statement-breakpoint
DROP TABLE analysis_cases_kept;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION veza_refresh_analysis(batch integer DEFAULT 5000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  ids uuid[];
BEGIN
  SELECT array_agg(case_id) INTO ids FROM (
    SELECT case_id FROM analysis_stale ORDER BY marked_at LIMIT batch FOR UPDATE SKIP LOCKED) s;
  IF ids IS NULL THEN RETURN 0; END IF;
  DELETE FROM analysis_cases WHERE case_id = ANY (ids);
  DELETE FROM analysis_persons WHERE case_id = ANY (ids);
  DELETE FROM analysis_legs WHERE case_id = ANY (ids);
  CREATE TEMP TABLE analysis_people_now ON COMMIT DROP AS
    SELECT r.id AS case_role_id, r.case_id, r.role, p.sex,
      veza_age_band(p.birth_date, p.birth_year, c.opened_on) AS age_band,
      coalesce(p.nationalities[1], 'unknown') AS nationality,
      r.role IN ('victim', 'presumed_victim', 'smuggled_migrant') AS moved
    FROM case_roles r JOIN persons p ON p.id = r.person_id JOIN cases c ON c.id = r.case_id
    WHERE r.case_id = ANY (ids) AND r.role IN ('victim', 'presumed_victim', 'smuggled_migrant', 'suspect');
  CREATE TEMP TABLE analysis_dims_now ON COMMIT DROP AS
    SELECT c.id AS case_id, c.jurisdiction, c.is_demo, c.opened_on,
      date_trunc('week', c.opened_on)::date AS week, to_char(c.opened_on, 'YYYY-MM') AS month,
      extract(year FROM c.opened_on)::integer AS year, c.type AS case_type, c.status,
      c.modus_operandi, c.exploitation_types,
      coalesce(l.crossings, '{}') AS crossings, coalesce(l.legs, '{}') AS legs,
      coalesce(l.transports, '{}') AS transports, coalesce(l.arrivals, '{}') AS arrivals, coalesce(n.nationalities, '{}') AS nationalities,
      coalesce(n.sexes, '{}') AS sexes, coalesce(n.age_bands, '{}') AS age_bands,
      coalesce(n.people, 0)::integer AS people, coalesce(n.people_roles, '{}') AS people_roles,
      coalesce(n.people_sexes, '{}') AS people_sexes, coalesce(n.people_age_bands, '{}') AS people_age_bands,
      coalesce(n.people_nationalities, '{}') AS people_nationalities
    FROM cases c
    LEFT JOIN (
      SELECT case_id,
        array_agg(DISTINCT crossing_id ORDER BY crossing_id) FILTER (WHERE crossing_id IS NOT NULL) AS crossings,
        array_agg(DISTINCT from_country || '>' || to_country) AS legs,
        array_agg(DISTINCT to_country) AS arrivals,
        array_agg(DISTINCT transport_mode) FILTER (WHERE transport_mode IS NOT NULL) AS transports
      FROM route_legs WHERE case_id = ANY (ids) GROUP BY case_id) l ON l.case_id = c.id
    LEFT JOIN (
      SELECT case_id,
        array_agg(DISTINCT nationality) FILTER (WHERE moved) AS nationalities,
        array_agg(DISTINCT sex) FILTER (WHERE moved) AS sexes,
        array_agg(DISTINCT age_band) FILTER (WHERE moved) AS age_bands,
        count(*) FILTER (WHERE moved) AS people,
        array_agg(role ORDER BY case_role_id) AS people_roles,
        array_agg(sex ORDER BY case_role_id) AS people_sexes,
        array_agg(age_band ORDER BY case_role_id) AS people_age_bands,
        array_agg(nationality ORDER BY case_role_id) AS people_nationalities
      FROM analysis_people_now GROUP BY case_id) n ON n.case_id = c.id
    WHERE c.id = ANY (ids);
  INSERT INTO analysis_cases (jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands, status,
      arrivals, people_roles, people_sexes, people_age_bands, people_nationalities)
    SELECT jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands, status,
      arrivals, people_roles, people_sexes, people_age_bands, people_nationalities
    FROM analysis_dims_now;
  INSERT INTO analysis_persons (jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      exploitation_types, case_role_id, role, sex, age_band, nationality)
    SELECT d.jurisdiction, d.case_id, d.is_demo, d.opened_on, d.week, d.month, d.year, d.case_type,
      d.exploitation_types, n.case_role_id, n.role, n.sex, n.age_band, n.nationality
    FROM analysis_people_now n JOIN analysis_dims_now d ON d.case_id = n.case_id;
  INSERT INTO analysis_legs (jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands,
      leg_id, from_country, to_country, leg, crossing_id, transport, fee_amount, fee_currency, people)
    SELECT d.jurisdiction, d.case_id, d.is_demo, d.opened_on, d.week, d.month, d.year, d.case_type,
      d.modus_operandi, d.exploitation_types, d.crossings, d.legs, d.transports, d.nationalities, d.sexes,
      d.age_bands, l.id, l.from_country, l.to_country, l.from_country || '>' || l.to_country, l.crossing_id,
      l.transport_mode, l.fee_amount, l.fee_currency, d.people
    FROM route_legs l JOIN analysis_dims_now d ON d.case_id = l.case_id;
  DELETE FROM analysis_stale WHERE case_id = ANY (ids);
  DROP TABLE analysis_people_now;
  DROP TABLE analysis_dims_now;
  RETURN cardinality(ids);
END;
$$;
