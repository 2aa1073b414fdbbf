CREATE TABLE "network_chart_shares" (
	"chart_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"shared_by" uuid NOT NULL,
	"shared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_chart_shares_chart_id_user_id_pk" PRIMARY KEY("chart_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_charts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"definition" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_chart_shares" ADD CONSTRAINT "network_chart_shares_chart_id_network_charts_id_fk" FOREIGN KEY ("chart_id") REFERENCES "public"."network_charts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_chart_shares" ADD CONSTRAINT "network_chart_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_charts" ADD CONSTRAINT "network_charts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_chart_shares_user_idx" ON "network_chart_shares" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_charts_owner_idx" ON "network_charts" USING btree ("jurisdiction","owner_id");--> statement-breakpoint
CREATE INDEX "case_links_linked_idx" ON "case_links" USING btree ("linked_case_id");--> statement-breakpoint
CREATE INDEX "route_legs_facilitator_idx" ON "route_legs" USING btree ("facilitator_person_id");--> statement-breakpoint
-- Network charts: the owner reads and changes them; colleagues of the same jurisdiction they are shared with read them.
GRANT SELECT, INSERT, UPDATE, DELETE ON network_charts, network_chart_shares TO veza_app;
--> statement-breakpoint
ALTER TABLE network_charts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY network_charts_read ON network_charts FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND (owner_id = veza_actor_id()
    OR EXISTS (SELECT 1 FROM network_chart_shares s WHERE s.chart_id = network_charts.id AND s.user_id = veza_actor_id())));
--> statement-breakpoint
CREATE POLICY network_charts_insert ON network_charts FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND owner_id = veza_actor_id());
--> statement-breakpoint
CREATE POLICY network_charts_update ON network_charts FOR UPDATE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND owner_id = veza_actor_id())
  WITH CHECK (jurisdiction = veza_actor_jurisdiction() AND owner_id = veza_actor_id());
--> statement-breakpoint
CREATE POLICY network_charts_delete ON network_charts FOR DELETE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() AND owner_id = veza_actor_id());
--> statement-breakpoint
ALTER TABLE network_chart_shares ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY network_chart_shares_read ON network_chart_shares FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction());
--> statement-breakpoint
CREATE POLICY network_chart_shares_insert ON network_chart_shares FOR INSERT TO veza_app
  WITH CHECK (jurisdiction = veza_actor_jurisdiction()
    AND EXISTS (SELECT 1 FROM network_charts c WHERE c.id = chart_id AND c.owner_id = veza_actor_id()));
--> statement-breakpoint
CREATE POLICY network_chart_shares_delete ON network_chart_shares FOR DELETE TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction()
    AND EXISTS (SELECT 1 FROM network_charts c WHERE c.id = chart_id AND c.owner_id = veza_actor_id()));
