ALTER TABLE "analysis_cases" ADD COLUMN "arrivals" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
-- The countries a case's legs reach, counted by the map's choropleth and the chart of countries
-- reached: kept on the case's facts, so that a dashboard unnests a column instead of splitting
-- every leg of every case at each request.
UPDATE analysis_cases SET arrivals = coalesce(
  (SELECT array_agg(DISTINCT split_part(x, '>', 2)) FROM unnest(legs) x), '{}');
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
      coalesce(n.people, 0)::integer AS people
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
        count(*) FILTER (WHERE moved) AS people
      FROM analysis_people_now GROUP BY case_id) n ON n.case_id = c.id
    WHERE c.id = ANY (ids);
  INSERT INTO analysis_cases (jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands, status,
      arrivals)
    SELECT jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands, status,
      arrivals
    FROM analysis_dims_now;
  INSERT INTO analysis_persons (jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands,
      case_role_id, role, sex, age_band, nationality)
    SELECT d.jurisdiction, d.case_id, d.is_demo, d.opened_on, d.week, d.month, d.year, d.case_type,
      d.modus_operandi, d.exploitation_types, d.crossings, d.legs, d.transports, d.nationalities, d.sexes,
      d.age_bands, n.case_role_id, n.role, n.sex, n.age_band, n.nationality
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
