CREATE TABLE "case_counters" (
	"jurisdiction" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_jurisdiction_year_pk" PRIMARY KEY("jurisdiction","year")
);
--> statement-breakpoint
CREATE TABLE "case_links" (
	"jurisdiction" text NOT NULL,
	"case_id" uuid NOT NULL,
	"linked_case_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_links_case_id_linked_case_id_pk" PRIMARY KEY("case_id","linked_case_id")
);
--> statement-breakpoint
CREATE TABLE "case_roles" (
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
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"perpetrator_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"details" text
);
--> statement-breakpoint
CREATE TABLE "cases" (
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
	"reference" text NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"opened_on" date NOT NULL,
	"investigation_on" date,
	"prosecuted_on" date,
	"closed_on" date,
	"title" text NOT NULL,
	"summary" text,
	"handling_conditions" text,
	"modus_operandi" text[] DEFAULT '{}'::text[] NOT NULL,
	"exploitation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_key" text
);
--> statement-breakpoint
CREATE TABLE "person_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"number_normalised" text NOT NULL,
	"number_original" text NOT NULL,
	"issuing_country" text,
	"expires_on" text
);
--> statement-breakpoint
CREATE TABLE "person_name_keys" (
	"jurisdiction" text NOT NULL,
	"person_id" uuid NOT NULL,
	"plain" text COLLATE "C" NOT NULL,
	"cross" text COLLATE "C" NOT NULL,
	"skeleton" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"given_names" text NOT NULL,
	"family_names" text NOT NULL,
	"script" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_phones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"jurisdiction" text NOT NULL,
	"person_id" uuid NOT NULL,
	"e164" text NOT NULL,
	"original" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
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
	"display_name" text NOT NULL,
	"sex" text DEFAULT 'unknown' NOT NULL,
	"birth_date" text,
	"birth_year" integer,
	"birth_date_presumed" boolean DEFAULT false NOT NULL,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"social_handles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"source_key" text
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
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
	"plate_normalised" text NOT NULL,
	"plate_original" text NOT NULL,
	"country" text,
	"make" text,
	"model" text,
	"colour" text,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_linked_case_id_cases_id_fk" FOREIGN KEY ("linked_case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_roles" ADD CONSTRAINT "case_roles_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_roles" ADD CONSTRAINT "case_roles_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_documents" ADD CONSTRAINT "person_documents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_name_keys" ADD CONSTRAINT "person_name_keys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_phones" ADD CONSTRAINT "person_phones_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_roles_unique_idx" ON "case_roles" USING btree ("case_id","person_id","role");--> statement-breakpoint
CREATE INDEX "case_roles_person_idx" ON "case_roles" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_reference_idx" ON "cases" USING btree ("jurisdiction","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_source_key_idx" ON "cases" USING btree ("jurisdiction","source_key");--> statement-breakpoint
CREATE INDEX "cases_opened_idx" ON "cases" USING btree ("jurisdiction","opened_on");--> statement-breakpoint
CREATE INDEX "person_documents_number_idx" ON "person_documents" USING btree ("jurisdiction","number_normalised");--> statement-breakpoint
CREATE INDEX "person_documents_person_idx" ON "person_documents" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_name_keys_plain_idx" ON "person_name_keys" USING btree ("jurisdiction","plain");--> statement-breakpoint
CREATE INDEX "person_name_keys_cross_idx" ON "person_name_keys" USING btree ("jurisdiction","cross");--> statement-breakpoint
CREATE INDEX "person_name_keys_skeleton_idx" ON "person_name_keys" USING btree ("jurisdiction","skeleton");--> statement-breakpoint
CREATE INDEX "person_name_keys_person_idx" ON "person_name_keys" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_names_person_idx" ON "person_names" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_phones_e164_idx" ON "person_phones" USING btree ("jurisdiction","e164");--> statement-breakpoint
CREATE INDEX "person_phones_person_idx" ON "person_phones" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "persons_jurisdiction_idx" ON "persons" USING btree ("jurisdiction");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_source_key_idx" ON "persons" USING btree ("jurisdiction","source_key");--> statement-breakpoint
CREATE INDEX "vehicles_plate_idx" ON "vehicles" USING btree ("jurisdiction","plate_normalised");--> statement-breakpoint
CREATE INDEX "vehicles_case_idx" ON "vehicles" USING btree ("case_id");