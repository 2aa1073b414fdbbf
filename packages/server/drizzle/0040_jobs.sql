CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'waiting' NOT NULL,
	"every_ms" integer,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_one_waiting_idx" ON "jobs" USING btree ("queue","key") WHERE state = 'waiting';--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("state","run_at");--> statement-breakpoint
-- The application role queues a job only through this function, in the transaction of the change
-- the job follows (so that the job exists exactly when the change does); it may not read, change or
-- remove jobs. A key that already has a job waiting gets no second one: a burst of changes, one run.
CREATE FUNCTION veza_enqueue_job(p_queue text, p_key text, p_delay_ms integer) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS
$$ INSERT INTO jobs (queue, key, run_at) VALUES (p_queue, p_key, now() + make_interval(secs => p_delay_ms / 1000.0))
   ON CONFLICT (queue, key) WHERE state = 'waiting' DO NOTHING $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION veza_enqueue_job(text, text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION veza_enqueue_job(text, text, integer) TO veza_app;
--> statement-breakpoint
REVOKE ALL ON jobs FROM veza_app;
