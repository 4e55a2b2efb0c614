CREATE TABLE "video_chat_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "video_guest_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"role" text NOT NULL,
	"label" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_staff_id" uuid NOT NULL,
	"sent_by_sms" boolean DEFAULT false NOT NULL,
	"revoked_at" timestamp with time zone,
	"redeemed_at" timestamp with time zone,
	"guest_name" text,
	"eid_verified" boolean DEFAULT false NOT NULL,
	CONSTRAINT "video_guest_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "video_meeting_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"booking_id" uuid,
	"resident_id" uuid,
	"staff_id" uuid
);
--> statement-breakpoint
CREATE TABLE "video_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"names_visible" boolean DEFAULT false NOT NULL,
	"sfu_room" text,
	"sfu_pin" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_staff_id" uuid,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "video_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"staff_id" uuid,
	"resident_id" uuid,
	"actor_resident_id" uuid,
	"guest_link_id" uuid,
	"display_name" text NOT NULL,
	"actor_name" text,
	"profession" text,
	"state" text NOT NULL,
	"presence" uuid,
	"audio" boolean DEFAULT true NOT NULL,
	"video" boolean DEFAULT true NOT NULL,
	"screen" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"admitted_at" timestamp with time zone,
	"admitted_by_staff_id" uuid,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "video_settings" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"guests_require_eid" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_staff_id" uuid
);
--> statement-breakpoint
CREATE TABLE "video_signals" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "video_signals_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"meeting_id" uuid NOT NULL,
	"to_participant_id" uuid NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "guest_link_id" uuid;--> statement-breakpoint
ALTER TABLE "video_chat_messages" ADD CONSTRAINT "video_chat_messages_meeting_id_video_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."video_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_chat_messages" ADD CONSTRAINT "video_chat_messages_participant_id_video_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."video_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_guest_links" ADD CONSTRAINT "video_guest_links_meeting_id_video_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."video_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_guest_links" ADD CONSTRAINT "video_guest_links_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_meeting_members" ADD CONSTRAINT "video_meeting_members_meeting_id_video_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."video_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_meeting_members" ADD CONSTRAINT "video_meeting_members_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_meeting_members" ADD CONSTRAINT "video_meeting_members_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_meeting_members" ADD CONSTRAINT "video_meeting_members_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_meetings" ADD CONSTRAINT "video_meetings_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_meetings" ADD CONSTRAINT "video_meetings_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_participants" ADD CONSTRAINT "video_participants_meeting_id_video_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."video_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_participants" ADD CONSTRAINT "video_participants_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_participants" ADD CONSTRAINT "video_participants_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_participants" ADD CONSTRAINT "video_participants_actor_resident_id_residents_id_fk" FOREIGN KEY ("actor_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_participants" ADD CONSTRAINT "video_participants_guest_link_id_video_guest_links_id_fk" FOREIGN KEY ("guest_link_id") REFERENCES "public"."video_guest_links"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_participants" ADD CONSTRAINT "video_participants_admitted_by_staff_id_staff_id_fk" FOREIGN KEY ("admitted_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_settings" ADD CONSTRAINT "video_settings_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_settings" ADD CONSTRAINT "video_settings_updated_by_staff_id_staff_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "video_chat_messages_client_idx" ON "video_chat_messages" USING btree ("meeting_id","client_id");--> statement-breakpoint
CREATE INDEX "video_chat_messages_meeting_idx" ON "video_chat_messages" USING btree ("meeting_id","sent_at");--> statement-breakpoint
CREATE INDEX "video_guest_links_meeting_idx" ON "video_guest_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "video_meeting_members_booking_idx" ON "video_meeting_members" USING btree ("booking_id");--> statement-breakpoint
CREATE UNIQUE INDEX "video_meeting_members_staff_idx" ON "video_meeting_members" USING btree ("meeting_id","staff_id");--> statement-breakpoint
CREATE INDEX "video_meeting_members_meeting_idx" ON "video_meeting_members" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "video_meetings_unit_idx" ON "video_meetings" USING btree ("unit_id","starts_at");--> statement-breakpoint
CREATE INDEX "video_participants_meeting_idx" ON "video_participants" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "video_participants_staff_idx" ON "video_participants" USING btree ("meeting_id","staff_id") WHERE "video_participants"."staff_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "video_participants_resident_idx" ON "video_participants" USING btree ("meeting_id","resident_id") WHERE "video_participants"."resident_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "video_participants_guest_idx" ON "video_participants" USING btree ("guest_link_id") WHERE "video_participants"."guest_link_id" is not null;