CREATE TABLE "chat_errands" (
	"unit_id" uuid NOT NULL,
	"errand" text NOT NULL,
	"queue" text,
	"questionnaire" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "chat_errands_unit_id_errand_pk" PRIMARY KEY("unit_id","errand")
);
--> statement-breakpoint
CREATE TABLE "chat_settings" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_staff_id" uuid
);
--> statement-breakpoint
CREATE TABLE "conversation_evaluations" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"satisfaction" integer NOT NULL,
	"got_help" text NOT NULL,
	"comment" text NOT NULL,
	"answered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"started_by" text NOT NULL,
	"started_by_resident_id" uuid,
	"started_by_staff_id" uuid,
	"start_client_id" uuid,
	"errand" text,
	"mode" text NOT NULL,
	"booking_id" uuid,
	"queue" text,
	"holder_staff_id" uuid,
	"handed_over" boolean DEFAULT false NOT NULL,
	"awaiting" text NOT NULL,
	"waiting_since" timestamp with time zone,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone NOT NULL,
	"last_resident_seq" integer DEFAULT 0 NOT NULL,
	"last_care_seq" integer DEFAULT 0 NOT NULL,
	"resident_read_seq" integer DEFAULT 0 NOT NULL,
	"care_read_seq" integer DEFAULT 0 NOT NULL,
	"notified_seq" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"taken_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by_staff_id" uuid,
	CONSTRAINT "conversations_started_by" CHECK ("conversations"."started_by" in ('resident', 'care')),
	CONSTRAINT "conversations_awaiting" CHECK ("conversations"."awaiting" in ('resident', 'care'))
);
--> statement-breakpoint
CREATE TABLE "message_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"message_id" uuid,
	"uploaded_by_resident_id" uuid,
	"uploaded_by_staff_id" uuid,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"client_id" uuid,
	"author" text NOT NULL,
	"author_resident_id" uuid,
	"author_staff_id" uuid,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"triage" jsonb,
	"event" jsonb,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "messages_author" CHECK ("messages"."author" in ('resident', 'care', 'system')),
	CONSTRAINT "messages_kind" CHECK ("messages"."kind" in ('text', 'note', 'triage', 'event'))
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"endpoint" text PRIMARY KEY NOT NULL,
	"resident_id" uuid NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reply_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid,
	"owner_staff_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"shortcut" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reply_templates_one_owner" CHECK (("reply_templates"."unit_id" is null) <> ("reply_templates"."owner_staff_id" is null))
);
--> statement-breakpoint
ALTER TABLE "chat_errands" ADD CONSTRAINT "chat_errands_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_settings" ADD CONSTRAINT "chat_settings_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_settings" ADD CONSTRAINT "chat_settings_updated_by_staff_id_staff_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_evaluations" ADD CONSTRAINT "conversation_evaluations_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_evaluations" ADD CONSTRAINT "conversation_evaluations_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_started_by_resident_id_residents_id_fk" FOREIGN KEY ("started_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_started_by_staff_id_staff_id_fk" FOREIGN KEY ("started_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_holder_staff_id_staff_id_fk" FOREIGN KEY ("holder_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_closed_by_staff_id_staff_id_fk" FOREIGN KEY ("closed_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_uploaded_by_resident_id_residents_id_fk" FOREIGN KEY ("uploaded_by_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_attachments" ADD CONSTRAINT "message_attachments_uploaded_by_staff_id_staff_id_fk" FOREIGN KEY ("uploaded_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_resident_id_residents_id_fk" FOREIGN KEY ("author_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_staff_id_staff_id_fk" FOREIGN KEY ("author_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_templates" ADD CONSTRAINT "reply_templates_owner_staff_id_staff_id_fk" FOREIGN KEY ("owner_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_unit_open_idx" ON "conversations" USING btree ("unit_id","closed_at","waiting_since");--> statement-breakpoint
CREATE INDEX "conversations_resident_idx" ON "conversations" USING btree ("resident_id","last_message_at");--> statement-breakpoint
CREATE INDEX "conversations_notify_idx" ON "conversations" USING btree ("last_care_seq","notified_seq") WHERE "conversations"."last_care_seq" > "conversations"."notified_seq";--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_start_client_idx" ON "conversations" USING btree ("resident_id","start_client_id");--> statement-breakpoint
CREATE INDEX "message_attachments_conversation_idx" ON "message_attachments" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "message_attachments_message_idx" ON "message_attachments" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_conversation_seq_idx" ON "messages" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_client_idx" ON "messages" USING btree ("conversation_id","client_id");--> statement-breakpoint
CREATE INDEX "messages_created_idx" ON "messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "push_subscriptions_resident_idx" ON "push_subscriptions" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "reply_templates_unit_idx" ON "reply_templates" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "reply_templates_owner_idx" ON "reply_templates" USING btree ("owner_staff_id");