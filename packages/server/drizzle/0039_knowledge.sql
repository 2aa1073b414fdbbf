CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"agency_id" uuid NOT NULL,
	"title" text NOT NULL,
	"year" integer,
	"theme" text DEFAULT '' NOT NULL,
	"leader_contact_point_id" uuid,
	"leader_name" text NOT NULL,
	"leader_agency_name" text NOT NULL,
	"leader_jurisdiction" text NOT NULL,
	"leader_agency_id" uuid NOT NULL,
	"jurisdictions" text[] DEFAULT '{}'::text[] NOT NULL,
	"visible_to" text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"meeting_id" uuid,
	"decision_id" uuid,
	"plan_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_contact_point_id" uuid,
	"owner_name" text NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"owner_agency_name" text NOT NULL,
	"jurisdictions" text[] DEFAULT '{}'::text[] NOT NULL,
	"visible_to" text[] NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"done_at" timestamp with time zone,
	"set_by" uuid,
	"set_by_agency_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_point_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_id" uuid,
	"by_name" text NOT NULL,
	"by_agency" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status_from" text,
	"status_to" text
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"practice_id" uuid,
	"meeting_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"meeting_id" uuid NOT NULL,
	"contact_point_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"name" text NOT NULL,
	"function" text NOT NULL,
	"agency_name" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	CONSTRAINT "meeting_participants_meeting_id_contact_point_id_pk" PRIMARY KEY("meeting_id","contact_point_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organiser_id" uuid,
	"organiser_name" text NOT NULL,
	"organiser_agency_id" uuid NOT NULL,
	"organiser_agency_name" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_status" text DEFAULT 'none' NOT NULL,
	"minutes_approved_at" timestamp with time zone,
	"minutes_approved_by" text,
	"jurisdictions" text[] DEFAULT '{}'::text[] NOT NULL,
	"visible_to" text[] NOT NULL,
	"plan_id" uuid
);
--> statement-breakpoint
CREATE TABLE "practice_cases" (
	"practice_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"case_type" text NOT NULL,
	"year" integer,
	"exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"modus_operandi" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "practice_cases_practice_id_case_id_pk" PRIMARY KEY("practice_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "practice_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"agency_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_versions" (
	"practice_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"jurisdiction" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by_id" uuid,
	"by_name" text NOT NULL,
	"by_agency" text NOT NULL,
	"action" text NOT NULL,
	"fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"restored_from" integer,
	"content" jsonb NOT NULL,
	CONSTRAINT "practice_versions_practice_id_version_pk" PRIMARY KEY("practice_id","version")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"agency_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"agency_name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"jurisdictions" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text NOT NULL,
	"published_at" timestamp with time zone,
	"search_title" text DEFAULT '' NOT NULL,
	"search_lead" text DEFAULT '' NOT NULL,
	"search_body" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_lead), 'B') || setweight(to_tsvector('simple'::regconfig, search_body), 'D')) STORED,
	"search_head" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_lead), 'B')) STORED
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "action_point_id" uuid;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_leader_contact_point_id_contact_points_id_fk" FOREIGN KEY ("leader_contact_point_id") REFERENCES "public"."contact_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_points" ADD CONSTRAINT "action_points_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_points" ADD CONSTRAINT "action_points_decision_id_meeting_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."meeting_decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_points" ADD CONSTRAINT "action_points_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_points" ADD CONSTRAINT "action_points_owner_contact_point_id_contact_points_id_fk" FOREIGN KEY ("owner_contact_point_id") REFERENCES "public"."contact_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_points" ADD CONSTRAINT "action_points_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_progress" ADD CONSTRAINT "action_progress_action_point_id_action_points_id_fk" FOREIGN KEY ("action_point_id") REFERENCES "public"."action_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_progress" ADD CONSTRAINT "action_progress_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_files" ADD CONSTRAINT "knowledge_files_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_files" ADD CONSTRAINT "knowledge_files_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_contact_point_id_contact_points_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "public"."contact_points"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organiser_id_users_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organiser_agency_id_agencies_id_fk" FOREIGN KEY ("organiser_agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_plan_id_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."action_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_cases" ADD CONSTRAINT "practice_cases_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_cases" ADD CONSTRAINT "practice_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_comments" ADD CONSTRAINT "practice_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plans_visible_idx" ON "action_plans" USING gin ("visible_to");--> statement-breakpoint
CREATE INDEX "action_points_visible_idx" ON "action_points" USING gin ("visible_to");--> statement-breakpoint
CREATE INDEX "action_points_due_idx" ON "action_points" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "action_points_meeting_idx" ON "action_points" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "action_points_plan_idx" ON "action_points" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "action_points_owner_idx" ON "action_points" USING btree ("owner_agency_id");--> statement-breakpoint
CREATE INDEX "action_progress_point_idx" ON "action_progress" USING btree ("action_point_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "knowledge_files_practice_idx" ON "knowledge_files" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "knowledge_files_meeting_idx" ON "knowledge_files" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_decisions_meeting_idx" ON "meeting_decisions" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_participants_agency_idx" ON "meeting_participants" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "meetings_visible_idx" ON "meetings" USING gin ("visible_to");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "practice_comments_practice_idx" ON "practice_comments" USING btree ("practice_id","created_at");--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "practices_tags_idx" ON "practices" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "practices_published_idx" ON "practices" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "practices_agency_idx" ON "practices" USING btree ("agency_id","updated_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_action_point_id_action_points_id_fk" FOREIGN KEY ("action_point_id") REFERENCES "public"."action_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Knowledge exchange. Practices: drafts are their agency's, published ones everybody's.
GRANT SELECT, INSERT, UPDATE, DELETE ON practices, practice_versions, practice_comments, practice_cases,
  knowledge_files, meetings, meeting_participants, meeting_decisions, action_plans, action_points,
  action_progress, calendar_feeds TO veza_app;
--> statement-breakpoint
ALTER TABLE practices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practices_read ON practices FOR SELECT TO veza_app
  USING (status = 'published' OR agency_id = veza_actor_agency());
--> statement-breakpoint
CREATE POLICY practices_insert ON practices FOR INSERT TO veza_app
  WITH CHECK (agency_id = veza_actor_agency() AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY practices_update ON practices FOR UPDATE TO veza_app
  USING (agency_id = veza_actor_agency()) WITH CHECK (agency_id = veza_actor_agency());
--> statement-breakpoint
CREATE POLICY practices_delete ON practices FOR DELETE TO veza_app
  USING (agency_id = veza_actor_agency() AND status = 'draft');
--> statement-breakpoint
ALTER TABLE practice_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_versions_read ON practice_versions FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id));
--> statement-breakpoint
CREATE POLICY practice_versions_insert ON practice_versions FOR INSERT TO veza_app
  WITH CHECK (agency_id = veza_actor_agency());
--> statement-breakpoint
ALTER TABLE practice_comments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_comments_read ON practice_comments FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id));
--> statement-breakpoint
CREATE POLICY practice_comments_insert ON practice_comments FOR INSERT TO veza_app
  WITH CHECK (author_id = veza_actor_id() AND jurisdiction = veza_actor_jurisdiction()
    AND EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id));
--> statement-breakpoint
CREATE POLICY practice_comments_delete ON practice_comments FOR DELETE TO veza_app
  USING (author_id = veza_actor_id());
--> statement-breakpoint
ALTER TABLE practice_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY practice_cases_read ON practice_cases FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id));
--> statement-breakpoint
CREATE POLICY practice_cases_write ON practice_cases FOR ALL TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()
    AND EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id AND p.agency_id = veza_actor_agency()))
  WITH CHECK (jurisdiction = veza_actor_jurisdiction()
    AND EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id AND p.agency_id = veza_actor_agency()));
--> statement-breakpoint
-- Meetings, plans and action points: seen by the jurisdictions that take part (visible_to).
ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meetings_read ON meetings FOR SELECT TO veza_app
  USING (veza_actor_jurisdiction() = ANY (visible_to));
--> statement-breakpoint
CREATE POLICY meetings_insert ON meetings FOR INSERT TO veza_app
  WITH CHECK (organiser_agency_id = veza_actor_agency() AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY meetings_update ON meetings FOR UPDATE TO veza_app
  USING (organiser_agency_id = veza_actor_agency()) WITH CHECK (organiser_agency_id = veza_actor_agency());
--> statement-breakpoint
CREATE POLICY meetings_delete ON meetings FOR DELETE TO veza_app
  USING (organiser_agency_id = veza_actor_agency());
--> statement-breakpoint
ALTER TABLE meeting_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meeting_participants_read ON meeting_participants FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
--> statement-breakpoint
CREATE POLICY meeting_participants_organise ON meeting_participants FOR ALL TO veza_app
  USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id AND m.organiser_agency_id = veza_actor_agency()))
  WITH CHECK (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id AND m.organiser_agency_id = veza_actor_agency()));
--> statement-breakpoint
CREATE POLICY meeting_participants_answer ON meeting_participants FOR UPDATE TO veza_app
  USING (agency_id = veza_actor_agency() AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
  WITH CHECK (agency_id = veza_actor_agency());
--> statement-breakpoint
ALTER TABLE meeting_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY meeting_decisions_read ON meeting_decisions FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
--> statement-breakpoint
CREATE POLICY meeting_decisions_write ON meeting_decisions FOR ALL TO veza_app
  USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id AND m.organiser_agency_id = veza_actor_agency()))
  WITH CHECK (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id AND m.organiser_agency_id = veza_actor_agency()));
--> statement-breakpoint
ALTER TABLE action_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_plans_read ON action_plans FOR SELECT TO veza_app
  USING (veza_actor_jurisdiction() = ANY (visible_to));
--> statement-breakpoint
CREATE POLICY action_plans_insert ON action_plans FOR INSERT TO veza_app
  WITH CHECK (agency_id = veza_actor_agency() AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY action_plans_update ON action_plans FOR UPDATE TO veza_app
  USING (agency_id = veza_actor_agency() OR leader_agency_id = veza_actor_agency())
  WITH CHECK (agency_id = veza_actor_agency() OR leader_agency_id = veza_actor_agency());
--> statement-breakpoint
ALTER TABLE action_points ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_points_read ON action_points FOR SELECT TO veza_app
  USING (veza_actor_jurisdiction() = ANY (visible_to));
--> statement-breakpoint
CREATE POLICY action_points_insert ON action_points FOR INSERT TO veza_app
  WITH CHECK (set_by_agency_id = veza_actor_agency() AND veza_actor_jurisdiction() = ANY (visible_to));
--> statement-breakpoint
-- The owner's agency, the agency that set it, and the owner's jurisdiction's coordinators.
CREATE POLICY action_points_update ON action_points FOR UPDATE TO veza_app
  USING (owner_agency_id = veza_actor_agency() OR set_by_agency_id = veza_actor_agency()
    OR (jurisdiction = veza_actor_jurisdiction() AND veza_actor_has_role('coordinator')))
  WITH CHECK (veza_actor_jurisdiction() = ANY (visible_to));
--> statement-breakpoint
CREATE POLICY action_points_delete ON action_points FOR DELETE TO veza_app
  USING (set_by_agency_id = veza_actor_agency());
--> statement-breakpoint
ALTER TABLE action_progress ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY action_progress_read ON action_progress FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM action_points a WHERE a.id = action_point_id));
--> statement-breakpoint
CREATE POLICY action_progress_insert ON action_progress FOR INSERT TO veza_app
  WITH CHECK (by_id = veza_actor_id() AND jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
ALTER TABLE knowledge_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY knowledge_files_read ON knowledge_files FOR SELECT TO veza_app
  USING (EXISTS (SELECT 1 FROM practices p WHERE p.id = practice_id)
    OR EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));
--> statement-breakpoint
CREATE POLICY knowledge_files_insert ON knowledge_files FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND created_by = veza_actor_id());
--> statement-breakpoint
CREATE POLICY knowledge_files_delete ON knowledge_files FOR DELETE TO veza_app
  USING (created_by = veza_actor_id());
--> statement-breakpoint
ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY calendar_feeds_own ON calendar_feeds FOR ALL TO veza_app
  USING (user_id = veza_actor_id()) WITH CHECK (user_id = veza_actor_id());
--> statement-breakpoint
-- The search of practices: the words are matched and ranked here, with the visibility rule of
-- practices_read applied here too. Under row-level security PostgreSQL cannot use the text index
-- for @@ (not a leakproof operator) and would read every practice's words; this function, run as
-- the owner, uses the index and returns only what the actor may see.
CREATE FUNCTION veza_search_practices(q tsquery) RETURNS TABLE (practice_id uuid, rank real)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ SELECT p.id, ts_rank(p.search_head, q) FROM practices p
   WHERE p.search_vector @@ q AND (p.status = 'published' OR p.agency_id = veza_actor_agency()) $$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION veza_search_practices(tsquery) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_search_practices(tsquery) TO veza_app;
