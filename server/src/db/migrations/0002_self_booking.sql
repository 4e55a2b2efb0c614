CREATE TABLE "booking_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"appointment_type_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "booking_slots_within_capacity" CHECK ("booking_slots"."booked" >= 0 and "booking_slots"."booked" <= "booking_slots"."capacity")
);
--> statement-breakpoint
ALTER TABLE "appointment_types" ADD COLUMN "triage" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "appointment_types" ADD COLUMN "cancel_cutoff_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "source" text DEFAULT 'ehr' NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "slot_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "booked_by_resident_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "request_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "triage_answers" jsonb;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "booking_slots" ADD CONSTRAINT "booking_slots_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_slots" ADD CONSTRAINT "booking_slots_appointment_type_id_appointment_types_id_fk" FOREIGN KEY ("appointment_type_id") REFERENCES "public"."appointment_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "booking_slots_type_idx" ON "booking_slots" USING btree ("appointment_type_id","starts_at");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_id_booking_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."booking_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_booked_by_resident_id_residents_id_fk" FOREIGN KEY ("booked_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bookings_one_self_booking_idx" ON "bookings" USING btree ("resident_id","appointment_type_id") WHERE "bookings"."source" = 'self' and "bookings"."status" = 'booked';--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_request_id_unique" UNIQUE("request_id");