CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"filename" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"skip_bad" boolean DEFAULT false NOT NULL,
	"rows" jsonb,
	"address" text,
	"status" text DEFAULT 'waiting' NOT NULL,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer NOT NULL,
	"report" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_user_idx" ON "imports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "imports_finished_idx" ON "imports" USING btree ("finished_at") WHERE finished_at is not null;--> statement-breakpoint
-- Each user sees, starts and cancels only their own imports, in their own jurisdiction; the job
-- that runs an import works as the system.
REVOKE ALL ON imports FROM veza_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON imports TO veza_app;
--> statement-breakpoint
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY imports_own ON imports FOR ALL TO veza_app
  USING (user_id = veza_actor_id())
  WITH CHECK (user_id = veza_actor_id() AND jurisdiction = veza_actor_jurisdiction());
