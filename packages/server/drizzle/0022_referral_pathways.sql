CREATE TABLE "referral_pathways" (
	"jurisdiction" text NOT NULL,
	"action" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"contact_point_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_pathways_jurisdiction_action_pk" PRIMARY KEY("jurisdiction","action")
);
--> statement-breakpoint
ALTER TABLE "referral_pathways" ADD CONSTRAINT "referral_pathways_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_pathways" ADD CONSTRAINT "referral_pathways_contact_point_id_contact_points_id_fk" FOREIGN KEY ("contact_point_id") REFERENCES "public"."contact_points"("id") ON DELETE set null ON UPDATE no action;