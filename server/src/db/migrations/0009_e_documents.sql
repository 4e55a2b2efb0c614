CREATE TABLE "document_app_recipients" (
	"document_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	CONSTRAINT "document_app_recipients_document_id_resident_id_pk" PRIMARY KEY("document_id","resident_id")
);
--> statement-breakpoint
CREATE TABLE "document_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid,
	"unit_id" uuid NOT NULL,
	"uploaded_by_staff_id" uuid NOT NULL,
	"name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"booking_id" uuid,
	"letter_template_id" uuid,
	"content" jsonb NOT NULL,
	"routing" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by_staff_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"agreement" jsonb,
	"in_app" boolean DEFAULT false NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" text,
	"mailbox_state" text,
	"mailbox_attempts" integer DEFAULT 0 NOT NULL,
	"mailbox_next_attempt_at" timestamp with time zone,
	"mailbox_delivered_at" timestamp with time zone,
	"print_queued_at" timestamp with time zone,
	"print_reason" text,
	"printed_at" timestamp with time zone,
	"printed_by_staff_id" uuid,
	"notified_at" timestamp with time zone,
	CONSTRAINT "documents_kind" CHECK ("documents"."kind" in ('e_invitation', 'e_letter', 'referral_confirmation')),
	CONSTRAINT "documents_status" CHECK ("documents"."status" in ('held', 'sent')),
	CONSTRAINT "documents_mailbox_state" CHECK ("documents"."mailbox_state" is null or "documents"."mailbox_state" in ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "letter_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"control_code" text,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_staff_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_app_recipients" ADD CONSTRAINT "document_app_recipients_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_app_recipients" ADD CONSTRAINT "document_app_recipients_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_attachments" ADD CONSTRAINT "document_attachments_uploaded_by_staff_id_staff_id_fk" FOREIGN KEY ("uploaded_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_letter_template_id_letter_templates_id_fk" FOREIGN KEY ("letter_template_id") REFERENCES "public"."letter_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_staff_id_staff_id_fk" FOREIGN KEY ("created_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_printed_by_staff_id_staff_id_fk" FOREIGN KEY ("printed_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_templates" ADD CONSTRAINT "letter_templates_updated_by_staff_id_staff_id_fk" FOREIGN KEY ("updated_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_app_recipients_resident_idx" ON "document_app_recipients" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "document_attachments_document_idx" ON "document_attachments" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_request_idx" ON "documents" USING btree ("created_by_staff_id","request_id");--> statement-breakpoint
CREATE INDEX "documents_resident_idx" ON "documents" USING btree ("resident_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_created_idx" ON "documents" USING btree ("created_at","unit_id");--> statement-breakpoint
CREATE INDEX "documents_unread_app_idx" ON "documents" USING btree ("sent_at") WHERE "documents"."in_app" and "documents"."read_at" is null and "documents"."mailbox_state" is null and "documents"."print_queued_at" is null;--> statement-breakpoint
CREATE INDEX "documents_print_list_idx" ON "documents" USING btree ("unit_id","print_queued_at") WHERE "documents"."print_queued_at" is not null and "documents"."printed_at" is null;--> statement-breakpoint
CREATE INDEX "documents_mailbox_due_idx" ON "documents" USING btree ("mailbox_next_attempt_at") WHERE "documents"."mailbox_state" = 'pending';--> statement-breakpoint
CREATE INDEX "documents_notify_idx" ON "documents" USING btree ("sent_at") WHERE "documents"."in_app" and "documents"."notified_at" is null;--> statement-breakpoint
CREATE INDEX "letter_templates_unit_idx" ON "letter_templates" USING btree ("unit_id");