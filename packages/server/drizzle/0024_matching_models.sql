CREATE TABLE "matching_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"version" integer NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"reason" text NOT NULL,
	"restored_from" uuid,
	"learning_paused" boolean DEFAULT false NOT NULL,
	"labels" jsonb NOT NULL,
	"same_decisions" integer NOT NULL,
	"different_decisions" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"calibration" jsonb NOT NULL,
	"records" integer NOT NULL,
	"estimated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid
);
--> statement-breakpoint
CREATE UNIQUE INDEX "matching_models_version_idx" ON "matching_models" USING btree ("scope","version");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_models_active_idx" ON "matching_models" USING btree ("scope") WHERE active;