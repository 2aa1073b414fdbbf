CREATE TABLE "match_vehicle_references" (
	"vehicle_id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction" text NOT NULL,
	"reference" uuid DEFAULT gen_random_uuid() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hits" ADD COLUMN "kind" text DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE "match_encodings" ADD COLUMN "kind" text DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE "match_vehicle_references" ADD CONSTRAINT "match_vehicle_references_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "match_vehicle_references_reference_idx" ON "match_vehicle_references" USING btree ("reference");