CREATE TABLE "border_crossings" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"local_names" text NOT NULL,
	"countries" text[] NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid,
	"type" text NOT NULL,
	"date" text,
	"place" text,
	"country" text,
	"latitude" double precision,
	"longitude" double precision,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "route_legs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"from_place" text,
	"from_country" text NOT NULL,
	"to_place" text,
	"to_country" text NOT NULL,
	"crossing_id" text,
	"departed_on" text,
	"arrived_on" text,
	"transport_mode" text,
	"fee_amount" numeric(12, 2),
	"fee_currency" text,
	"facilitator_person_id" uuid,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_crossing_id_border_crossings_id_fk" FOREIGN KEY ("crossing_id") REFERENCES "public"."border_crossings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_legs" ADD CONSTRAINT "route_legs_facilitator_person_id_persons_id_fk" FOREIGN KEY ("facilitator_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "route_legs_case_idx" ON "route_legs" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "route_legs_crossing_idx" ON "route_legs" USING btree ("jurisdiction","crossing_id");