-- Analysis facts: every signed-in user of a jurisdiction may be served counts from its own facts
-- (the service decides who, and protects what leaves); a regional (REG) user's counts are built
-- from each jurisdiction's facts, protected jurisdiction by jurisdiction. Nobody writes them but
-- the refresh below. The facts hold no names, documents or free text.
GRANT SELECT ON analysis_cases, analysis_persons, analysis_legs TO veza_app;
--> statement-breakpoint
ALTER TABLE analysis_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY analysis_cases_read ON analysis_cases FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
--> statement-breakpoint
ALTER TABLE analysis_persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY analysis_persons_read ON analysis_persons FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
--> statement-breakpoint
ALTER TABLE analysis_legs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY analysis_legs_read ON analysis_legs FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
--> statement-breakpoint
ALTER TABLE analysis_stale ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The age band of a person at a day, from a birth date that may be partial (YYYY, YYYY-MM,
-- YYYY-MM-DD): the lowest age the date allows, so that a person who may still be a child is
-- counted as one (the presumption of minority). The bands are core's AGE_BANDS.
CREATE FUNCTION veza_age_band(birth text, birth_year integer, on_day date) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN age IS NULL OR age < 0 THEN 'unknown'
    WHEN age < 12 THEN '0-11'
    WHEN age < 18 THEN '12-17'
    WHEN age < 25 THEN '18-24'
    WHEN age < 35 THEN '25-34'
    WHEN age < 45 THEN '35-44'
    ELSE '45+' END
  FROM (SELECT extract(year FROM age(on_day, latest))::integer AS age
        FROM (SELECT CASE
          WHEN birth ~ '^\d{4}-\d{2}-\d{2}$' THEN birth::date
          WHEN birth ~ '^\d{4}-\d{2}$' THEN ((birth || '-01')::date + interval '1 month' - interval '1 day')::date
          WHEN birth ~ '^\d{4}$' THEN (birth || '-12-31')::date
          WHEN birth_year IS NOT NULL THEN make_date(birth_year, 12, 31)
          END AS latest) b) a
$$;
--> statement-breakpoint
-- Recomputes the facts of stale cases, a batch at a time; returns how many cases it took.
CREATE FUNCTION veza_refresh_analysis(batch integer DEFAULT 5000) RETURNS integer
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
      coalesce(l.transports, '{}') AS transports, coalesce(n.nationalities, '{}') AS nationalities,
      coalesce(n.sexes, '{}') AS sexes, coalesce(n.age_bands, '{}') AS age_bands,
      coalesce(n.people, 0)::integer AS people
    FROM cases c
    LEFT JOIN (
      SELECT case_id,
        array_agg(DISTINCT crossing_id ORDER BY crossing_id) FILTER (WHERE crossing_id IS NOT NULL) AS crossings,
        array_agg(DISTINCT from_country || '>' || to_country) AS legs,
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
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands, status)
    SELECT jurisdiction, case_id, is_demo, opened_on, week, month, year, case_type,
      modus_operandi, exploitation_types, crossings, legs, transports, nationalities, sexes, age_bands, status
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_refresh_analysis(integer) FROM PUBLIC;
--> statement-breakpoint
-- A change to a case, its people, its route or a person in it marks the case stale.
CREATE FUNCTION veza_mark_case_stale() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_TABLE_NAME = 'cases' THEN
    INSERT INTO analysis_stale (case_id) VALUES (coalesce(NEW.id, OLD.id)) ON CONFLICT DO NOTHING;
  ELSE
    IF TG_OP <> 'INSERT' THEN
      INSERT INTO analysis_stale (case_id) VALUES (OLD.case_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
      INSERT INTO analysis_stale (case_id) VALUES (NEW.case_id) ON CONFLICT DO NOTHING;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER cases_analysis AFTER INSERT OR UPDATE OR DELETE ON cases
  FOR EACH ROW EXECUTE FUNCTION veza_mark_case_stale();
--> statement-breakpoint
CREATE TRIGGER case_roles_analysis AFTER INSERT OR UPDATE OR DELETE ON case_roles
  FOR EACH ROW EXECUTE FUNCTION veza_mark_case_stale();
--> statement-breakpoint
CREATE TRIGGER route_legs_analysis AFTER INSERT OR UPDATE OR DELETE ON route_legs
  FOR EACH ROW EXECUTE FUNCTION veza_mark_case_stale();
--> statement-breakpoint
CREATE FUNCTION veza_mark_person_cases_stale() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO analysis_stale (case_id)
    SELECT DISTINCT case_id FROM case_roles WHERE person_id = NEW.id ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER persons_analysis AFTER UPDATE OF sex, birth_date, birth_year, nationalities ON persons
  FOR EACH ROW EXECUTE FUNCTION veza_mark_person_cases_stale();
--> statement-breakpoint
INSERT INTO analysis_stale (case_id) SELECT id FROM cases ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- What the dashboards count beyond cases: screenings by outcome and vulnerability, requests sent
-- by type, hits by the other jurisdiction (for REG: by pair), per jurisdiction and year; counts
-- only, for the analysis service to protect. A REG actor gets every jurisdiction's.
CREATE FUNCTION veza_activity_counts() RETURNS TABLE (jurisdiction text, chart text, key text, year integer, n bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.jurisdiction, 'screeningOutcome', s.outcome, extract(year FROM s.conducted_at)::integer, count(*)
    FROM screenings s
    WHERE veza_actor_jurisdiction() = 'REG' OR s.jurisdiction = veza_actor_jurisdiction()
    GROUP BY 1, 3, 4
  UNION ALL
  SELECT s.jurisdiction, 'vulnerability', v ->> 'id', extract(year FROM s.conducted_at)::integer, count(*)
    FROM screenings s CROSS JOIN LATERAL jsonb_array_elements(s.result -> 'vulnerabilities') v
    WHERE veza_actor_jurisdiction() = 'REG' OR s.jurisdiction = veza_actor_jurisdiction()
    GROUP BY 1, 3, 4
  UNION ALL
  SELECT r.jurisdiction, 'requests', r.type, extract(year FROM r.created_at)::integer, count(*)
    FROM requests r
    WHERE r.status <> 'draft' AND (veza_actor_jurisdiction() = 'REG' OR r.jurisdiction = veza_actor_jurisdiction())
    GROUP BY 1, 3, 4
  UNION ALL
  SELECT x.j, 'hits', x.other, extract(year FROM h.found_at)::integer, count(*)
    FROM hits h CROSS JOIN LATERAL (VALUES (h.jurisdiction_a, h.jurisdiction_b), (h.jurisdiction_b, h.jurisdiction_a)) x(j, other)
    WHERE x.j = veza_actor_jurisdiction()
    GROUP BY 1, 3, 4
  UNION ALL
  SELECT 'REG', 'hits', least(h.jurisdiction_a, h.jurisdiction_b) || '–' || greatest(h.jurisdiction_a, h.jurisdiction_b),
      extract(year FROM h.found_at)::integer, count(*)
    FROM hits h WHERE veza_actor_jurisdiction() = 'REG'
    GROUP BY 1, 3, 4
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_activity_counts() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_activity_counts() TO veza_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON analysis_settings TO veza_app;
--> statement-breakpoint
ALTER TABLE analysis_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY analysis_settings_read ON analysis_settings FOR SELECT TO veza_app USING (veza_actor_jurisdiction() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY analysis_settings_own ON analysis_settings FOR INSERT TO veza_app WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY analysis_settings_own_update ON analysis_settings FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()) WITH CHECK (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
-- How many of the actor's jurisdiction's cases wait to be counted (every jurisdiction's for REG).
CREATE FUNCTION veza_analysis_pending() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*)::integer FROM analysis_stale s LEFT JOIN cases c ON c.id = s.case_id
  WHERE veza_actor_jurisdiction() = 'REG' OR c.jurisdiction = veza_actor_jurisdiction()
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_analysis_pending() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_analysis_pending() TO veza_app;
