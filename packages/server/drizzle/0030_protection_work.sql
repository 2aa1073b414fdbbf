CREATE TABLE "protection_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"kind" text NOT NULL,
	"proposal" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "protection_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"form" text NOT NULL,
	"assessed_on" date NOT NULL,
	"needs" jsonb NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_consent_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"purpose" text NOT NULL,
	"recipient_agency_id" uuid,
	"ground" text NOT NULL,
	"reason" text NOT NULL,
	"authorized_by" uuid NOT NULL,
	"authorized_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"goals" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_service_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"provider_agency_id" uuid NOT NULL,
	"service" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"reason" text,
	"note" text,
	"shared" jsonb NOT NULL,
	"follow_up_on" date NOT NULL,
	"overdue_alerted_on" date,
	"override_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"fields" jsonb NOT NULL,
	"shared" jsonb NOT NULL,
	"override_id" uuid,
	"shared_by" uuid NOT NULL,
	"shared_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "protection_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"jurisdiction" text NOT NULL,
	"to_jurisdiction" text NOT NULL,
	"to_agency_id" uuid NOT NULL,
	"request_id" uuid,
	"fields" jsonb NOT NULL,
	"shared" jsonb NOT NULL,
	"origin_chain" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"reason" text,
	"new_case_id" uuid,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "best_interests_determined_by" text;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "best_interests_assessed_on" date;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "guardian_name" text;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "guardian_appointed_on" date;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "age_assessments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "origin_chain" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "retention_hold_until" date;--> statement-breakpoint
ALTER TABLE "protection_cases" ADD COLUMN "retention_hold_reason" text;--> statement-breakpoint
ALTER TABLE "protection_approvals" ADD CONSTRAINT "protection_approvals_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_assessments" ADD CONSTRAINT "protection_assessments_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_consent_overrides" ADD CONSTRAINT "protection_consent_overrides_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_plans" ADD CONSTRAINT "protection_plans_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_service_referrals" ADD CONSTRAINT "protection_service_referrals_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_service_referrals" ADD CONSTRAINT "protection_service_referrals_provider_agency_id_agencies_id_fk" FOREIGN KEY ("provider_agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_shares" ADD CONSTRAINT "protection_shares_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_shares" ADD CONSTRAINT "protection_shares_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_transfers" ADD CONSTRAINT "protection_transfers_case_id_protection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."protection_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_transfers" ADD CONSTRAINT "protection_transfers_to_agency_id_agencies_id_fk" FOREIGN KEY ("to_agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_transfers" ADD CONSTRAINT "protection_transfers_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "protection_approvals_case_idx" ON "protection_approvals" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE INDEX "protection_approvals_pending_idx" ON "protection_approvals" USING btree ("jurisdiction","status");--> statement-breakpoint
CREATE INDEX "protection_assessments_case_idx" ON "protection_assessments" USING btree ("case_id","recorded_at");--> statement-breakpoint
CREATE INDEX "protection_plans_case_idx" ON "protection_plans" USING btree ("case_id","recorded_at");--> statement-breakpoint
CREATE INDEX "protection_service_referrals_case_idx" ON "protection_service_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "protection_service_referrals_provider_idx" ON "protection_service_referrals" USING btree ("provider_agency_id","status");--> statement-breakpoint
CREATE INDEX "protection_service_referrals_follow_up_idx" ON "protection_service_referrals" USING btree ("jurisdiction","status","follow_up_on");--> statement-breakpoint
CREATE INDEX "protection_shares_agency_idx" ON "protection_shares" USING btree ("agency_id","revoked_at");--> statement-breakpoint
CREATE INDEX "protection_transfers_case_idx" ON "protection_transfers" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "protection_transfers_to_idx" ON "protection_transfers" USING btree ("to_jurisdiction","to_agency_id","status");