CREATE TABLE "protection_cases" (
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
	"owner_id" uuid NOT NULL,
	"supervisor_id" uuid,
	"screening_id" uuid,
	"referral_request_id" uuid,
	"given_names" text,
	"family_names" text,
	"birth_date" text,
	"sex" text,
	"nationality" text,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"child" boolean DEFAULT false NOT NULL,
	"age_in_doubt" boolean DEFAULT false NOT NULL,
	"stage" text DEFAULT 'referral_received' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"reasonable_grounds" text,
	"reflection_starts_on" date,
	"reflection_days" integer,
	"reflection_last_day" date,
	"reflection_extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"identification" text,
	"best_interests_determined_on" date,
	"closed_on" date,
	"closure_outcome" text,
	"closure_reason" text,
	"origin_jurisdiction" text,
	"origin_case_id" uuid,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "protection_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"purpose" text NOT NULL,
	"recipient_agency_id" uuid,
	"recipient_jurisdiction" text,
	"service" text,
	"status" text NOT NULL,
	"language" text NOT NULL,
	"witnessed_by" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_pathways" (
	"jurisdiction" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"stage" text NOT NULL,
	"decision" text,
	"decided_on" date NOT NULL,
	"agency_id" uuid,
	"reasons" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "protection_cases" ADD CONSTRAINT "protection_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD CONSTRAINT "protection_cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD CONSTRAINT "protection_cases_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD CONSTRAINT "protection_cases_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD CONSTRAINT "protection_cases_referral_request_id_requests_id_fk" FOREIGN KEY ("referral_request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_consents" ADD CONSTRAINT "protection_consents_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_consents" ADD CONSTRAINT "protection_consents_recipient_agency_id_agencies_id_fk" FOREIGN KEY ("recipient_agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_stage_events" ADD CONSTRAINT "protection_stage_events_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_stage_events" ADD CONSTRAINT "protection_stage_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "protection_cases_agency_idx" ON "protection_cases" USING btree ("jurisdiction","agency_id","status","opened_on");--> statement-breakpoint
CREATE INDEX "protection_cases_owner_idx" ON "protection_cases" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "protection_cases_reflection_idx" ON "protection_cases" USING btree ("jurisdiction","reflection_last_day");--> statement-breakpoint
CREATE INDEX "protection_consents_case_idx" ON "protection_consents" USING btree ("case_id","purpose");--> statement-breakpoint
CREATE INDEX "protection_stage_events_case_idx" ON "protection_stage_events" USING btree ("case_id","recorded_at");