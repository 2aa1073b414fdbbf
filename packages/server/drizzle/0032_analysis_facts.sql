CREATE TABLE "analysis_cases" (
	"jurisdiction" text NOT NULL,
	"case_id" uuid NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"opened_on" date NOT NULL,
	"week" date NOT NULL,
	"month" text NOT NULL,
	"year" integer NOT NULL,
	"case_type" text NOT NULL,
	"modus_operandi" text[] DEFAULT '{}'::text[] NOT NULL,
	"exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"crossings" text[] DEFAULT '{}'::text[] NOT NULL,
	"legs" text[] DEFAULT '{}'::text[] NOT NULL,
	"transports" text[] DEFAULT '{}'::text[] NOT NULL,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"sexes" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "analysis_cases_case_id_pk" PRIMARY KEY("case_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_legs" (
	"jurisdiction" text NOT NULL,
	"case_id" uuid NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"opened_on" date NOT NULL,
	"week" date NOT NULL,
	"month" text NOT NULL,
	"year" integer NOT NULL,
	"case_type" text NOT NULL,
	"modus_operandi" text[] DEFAULT '{}'::text[] NOT NULL,
	"exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"crossings" text[] DEFAULT '{}'::text[] NOT NULL,
	"legs" text[] DEFAULT '{}'::text[] NOT NULL,
	"transports" text[] DEFAULT '{}'::text[] NOT NULL,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"sexes" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"leg_id" uuid NOT NULL,
	"from_country" text NOT NULL,
	"to_country" text NOT NULL,
	"leg" text NOT NULL,
	"crossing_id" text,
	"transport" text,
	"fee_amount" numeric(12, 2),
	"fee_currency" text,
	"people" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analysis_legs_leg_id_pk" PRIMARY KEY("leg_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_persons" (
	"jurisdiction" text NOT NULL,
	"case_id" uuid NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"opened_on" date NOT NULL,
	"week" date NOT NULL,
	"month" text NOT NULL,
	"year" integer NOT NULL,
	"case_type" text NOT NULL,
	"modus_operandi" text[] DEFAULT '{}'::text[] NOT NULL,
	"exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"crossings" text[] DEFAULT '{}'::text[] NOT NULL,
	"legs" text[] DEFAULT '{}'::text[] NOT NULL,
	"transports" text[] DEFAULT '{}'::text[] NOT NULL,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"sexes" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"case_role_id" uuid NOT NULL,
	"role" text NOT NULL,
	"sex" text NOT NULL,
	"age_band" text NOT NULL,
	"nationality" text NOT NULL,
	CONSTRAINT "analysis_persons_case_role_id_pk" PRIMARY KEY("case_role_id")
);
--> statement-breakpoint
CREATE TABLE "analysis_settings" (
	"jurisdiction" text PRIMARY KEY NOT NULL,
	"round_to" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analysis_stale" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "analysis_cases_period_idx" ON "analysis_cases" USING btree ("jurisdiction","year","week");--> statement-breakpoint
CREATE INDEX "analysis_legs_period_idx" ON "analysis_legs" USING btree ("jurisdiction","year","week");--> statement-breakpoint
CREATE INDEX "analysis_legs_case_idx" ON "analysis_legs" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "analysis_persons_period_idx" ON "analysis_persons" USING btree ("jurisdiction","year","week");--> statement-breakpoint
CREATE INDEX "analysis_persons_case_idx" ON "analysis_persons" USING btree ("case_id");