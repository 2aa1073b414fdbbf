CREATE TABLE "instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"key" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_decline_ids" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_declines" (
	"jurisdiction" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "screening_declines_jurisdiction_agency_id_day_pk" PRIMARY KEY("jurisdiction","agency_id","day")
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction" text NOT NULL,
	"handling_code" text DEFAULT 'H0' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"agency_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"interview_language" text NOT NULL,
	"screener_language" text NOT NULL,
	"conducted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"place" text,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"person_id" uuid,
	"created_by_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_instrument_id_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instruments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "instruments_version_idx" ON "instruments" USING btree ("jurisdiction","key","version");--> statement-breakpoint
CREATE INDEX "screenings_agency_idx" ON "screenings" USING btree ("agency_id","conducted_at");--> statement-breakpoint
CREATE INDEX "screenings_jurisdiction_idx" ON "screenings" USING btree ("jurisdiction","conducted_at");