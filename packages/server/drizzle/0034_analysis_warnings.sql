CREATE TABLE "analysis_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"kind" text NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"week" date NOT NULL,
	"since" date NOT NULL,
	"count" integer NOT NULL,
	"expected" numeric(10, 2) NOT NULL,
	"threshold" integer NOT NULL,
	"also_in" text[] DEFAULT '{}'::text[] NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "analysis_warning_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "analysis_warnings_once_idx" ON "analysis_warnings" USING btree ("jurisdiction","kind","dimension","value","week");--> statement-breakpoint
CREATE INDEX "analysis_warnings_recent_idx" ON "analysis_warnings" USING btree ("jurisdiction","raised_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_analysis_warning_id_analysis_warnings_id_fk" FOREIGN KEY ("analysis_warning_id") REFERENCES "public"."analysis_warnings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Warnings are read by the jurisdiction's analysts and coordinators (the service decides who),
-- and by the region (REG), which the service shows them as aggregates; written by the round only.
GRANT SELECT ON analysis_warnings TO veza_app;
--> statement-breakpoint
ALTER TABLE analysis_warnings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY analysis_warnings_read ON analysis_warnings FOR SELECT TO veza_app
  USING (jurisdiction = veza_actor_jurisdiction() OR veza_actor_jurisdiction() = 'REG');
