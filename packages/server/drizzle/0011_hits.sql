CREATE TABLE "hit_participation" (
	"jurisdiction" text PRIMARY KEY NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference_a" uuid NOT NULL,
	"jurisdiction_a" text NOT NULL,
	"reference_b" uuid NOT NULL,
	"jurisdiction_b" text NOT NULL,
	"probability" double precision NOT NULL,
	"band" text NOT NULL,
	"evidence" text[] NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_a" text DEFAULT 'new' NOT NULL,
	"status_b" text DEFAULT 'new' NOT NULL,
	"decided_a" timestamp with time zone,
	"decided_b" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "match_encodings" (
	"reference" uuid PRIMARY KEY NOT NULL,
	"jurisdiction" text NOT NULL,
	"encoding" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_references" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction" text NOT NULL,
	"reference" uuid DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_references" ADD CONSTRAINT "match_references_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hits_pair_idx" ON "hits" USING btree ("reference_a","reference_b");--> statement-breakpoint
CREATE INDEX "hits_jurisdiction_a_idx" ON "hits" USING btree ("jurisdiction_a");--> statement-breakpoint
CREATE INDEX "hits_jurisdiction_b_idx" ON "hits" USING btree ("jurisdiction_b");--> statement-breakpoint
CREATE INDEX "match_encodings_jurisdiction_idx" ON "match_encodings" USING btree ("jurisdiction");--> statement-breakpoint
CREATE UNIQUE INDEX "match_references_reference_idx" ON "match_references" USING btree ("reference");