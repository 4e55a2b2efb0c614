CREATE TABLE "unit_criteria" (
	"unit_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_staff_id" uuid NOT NULL,
	CONSTRAINT "unit_criteria_unit_id_scope_pk" PRIMARY KEY("unit_id","scope")
);
--> statement-breakpoint
CREATE TABLE "unit_document_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"document_kind" text NOT NULL,
	"appointment_type_id" uuid,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_staff_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_diagnoses" (
	"resident_id" uuid NOT NULL,
	"code" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "resident_diagnoses_resident_id_code_unique" UNIQUE("resident_id","code")
);
--> statement-breakpoint
ALTER TABLE "unit_criteria" ADD CONSTRAINT "unit_criteria_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_criteria" ADD CONSTRAINT "unit_criteria_updated_by_staff_id_staff_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_document_exceptions" ADD CONSTRAINT "unit_document_exceptions_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_document_exceptions" ADD CONSTRAINT "unit_document_exceptions_appointment_type_id_appointment_types_id_fk" FOREIGN KEY ("appointment_type_id") REFERENCES "public"."appointment_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_document_exceptions" ADD CONSTRAINT "unit_document_exceptions_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_diagnoses" ADD CONSTRAINT "resident_diagnoses_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_document_exceptions_unit_idx" ON "unit_document_exceptions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "accounts_created_idx" ON "accounts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "bookings_completed_video_idx" ON "bookings" USING btree ("starts_at","unit_id") WHERE "bookings"."mode" = 'video' and "bookings"."status" = 'completed';