CREATE TABLE "appointment_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"video_allowed" boolean DEFAULT false NOT NULL,
	"self_bookable" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"hsa_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"functions" text[] DEFAULT '{}' NOT NULL,
	"street_address" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"phone" text NOT NULL,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_units_hsa_id_unique" UNIQUE("hsa_id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hsa_id" text NOT NULL,
	"personal_number" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"profession" text NOT NULL,
	CONSTRAINT "staff_hsa_id_unique" UNIQUE("hsa_id"),
	CONSTRAINT "staff_personal_number_unique" UNIQUE("personal_number")
);
--> statement-breakpoint
CREATE TABLE "staff_roles" (
	"staff_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "staff_roles_staff_id_unit_id_role_pk" PRIMARY KEY("staff_id","unit_id","role")
);
--> statement-breakpoint
CREATE TABLE "guardianships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"guardian_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"source" text DEFAULT 'population_register' NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guardianships_guardian_id_child_id_unique" UNIQUE("guardian_id","child_id")
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier" text NOT NULL,
	"identifier_kind" text NOT NULL,
	"birth_date" date NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"protected_identity" boolean DEFAULT false NOT NULL,
	"registered_county" text,
	"listing_unit_id" uuid,
	"mobile_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residents_identifier_unique" UNIQUE("identifier")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"terms_version" text NOT NULL,
	"terms_accepted_at" timestamp with time zone NOT NULL,
	"consent_notifications" boolean NOT NULL,
	"consent_e_documents" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_resident_id_unique" UNIQUE("resident_id")
);
--> statement-breakpoint
CREATE TABLE "resident_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"blocked_by" text NOT NULL,
	"staff_id" uuid,
	"unit_id" uuid,
	"blocked_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by_staff_id" uuid,
	"lifted_in_unit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"appointment_type_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"practitioner_id" uuid,
	"preparation_sv" text,
	"preparation_en" text,
	"status" text DEFAULT 'booked' NOT NULL,
	"ehr_id" text,
	CONSTRAINT "bookings_ehr_id_unique" UNIQUE("ehr_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"csrf_token" text NOT NULL,
	"principal_kind" text NOT NULL,
	"account_id" uuid,
	"staff_id" uuid,
	"active_unit_id" uuid,
	"acting_for_resident_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"browser_secret_hash" text NOT NULL,
	"audience" text NOT NULL,
	"order_ref" text NOT NULL,
	"qr_start_token" text NOT NULL,
	"qr_start_secret" text NOT NULL,
	"auto_start_token" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"identity" jsonb,
	"started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_attempts_browser_secret_hash_unique" UNIQUE("browser_secret_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"staff_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"role" text NOT NULL,
	"resident_id" uuid NOT NULL,
	"action" text NOT NULL,
	"request_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guardian_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"guardian_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"decided_by_staff_id" uuid NOT NULL,
	"decided_in_unit_id" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by_staff_id" uuid
);
--> statement-breakpoint
CREATE TABLE "proxy_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"proxy_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"basis" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"decided_by_staff_id" uuid NOT NULL,
	"decided_in_unit_id" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by_staff_id" uuid,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "resident_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"action" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_types" ADD CONSTRAINT "appointment_types_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_units" ADD CONSTRAINT "care_units_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_roles" ADD CONSTRAINT "staff_roles_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_guardian_id_residents_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardianships" ADD CONSTRAINT "guardianships_child_id_residents_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_listing_unit_id_care_units_id_fk" FOREIGN KEY ("listing_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_blocks" ADD CONSTRAINT "resident_blocks_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_blocks" ADD CONSTRAINT "resident_blocks_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_blocks" ADD CONSTRAINT "resident_blocks_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_blocks" ADD CONSTRAINT "resident_blocks_lifted_by_staff_id_staff_id_fk" FOREIGN KEY ("lifted_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_blocks" ADD CONSTRAINT "resident_blocks_lifted_in_unit_id_care_units_id_fk" FOREIGN KEY ("lifted_in_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_appointment_type_id_appointment_types_id_fk" FOREIGN KEY ("appointment_type_id") REFERENCES "public"."appointment_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_practitioner_id_staff_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_active_unit_id_care_units_id_fk" FOREIGN KEY ("active_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_acting_for_resident_id_residents_id_fk" FOREIGN KEY ("acting_for_resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_unit_id_care_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_blocks" ADD CONSTRAINT "guardian_blocks_guardian_id_residents_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_blocks" ADD CONSTRAINT "guardian_blocks_child_id_residents_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_blocks" ADD CONSTRAINT "guardian_blocks_decided_by_staff_id_staff_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_blocks" ADD CONSTRAINT "guardian_blocks_decided_in_unit_id_care_units_id_fk" FOREIGN KEY ("decided_in_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_blocks" ADD CONSTRAINT "guardian_blocks_lifted_by_staff_id_staff_id_fk" FOREIGN KEY ("lifted_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_proxy_id_residents_id_fk" FOREIGN KEY ("proxy_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_subject_id_residents_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_decided_by_staff_id_staff_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_decided_in_unit_id_care_units_id_fk" FOREIGN KEY ("decided_in_unit_id") REFERENCES "public"."care_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proxy_grants" ADD CONSTRAINT "proxy_grants_ended_by_staff_id_staff_id_fk" FOREIGN KEY ("ended_by_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_activity" ADD CONSTRAINT "resident_activity_actor_id_residents_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_activity" ADD CONSTRAINT "resident_activity_subject_id_residents_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guardianships_child_idx" ON "guardianships" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "resident_blocks_resident_idx" ON "resident_blocks" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "bookings_resident_idx" ON "bookings" USING btree ("resident_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_unit_idx" ON "bookings" USING btree ("unit_id","resident_id");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessions_staff_idx" ON "sessions" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "sessions_acting_for_idx" ON "sessions" USING btree ("acting_for_resident_id");--> statement-breakpoint
CREATE INDEX "audit_events_resident_idx" ON "audit_events" USING btree ("resident_id","at");--> statement-breakpoint
CREATE INDEX "guardian_blocks_child_idx" ON "guardian_blocks" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "proxy_grants_subject_idx" ON "proxy_grants" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "proxy_grants_proxy_idx" ON "proxy_grants" USING btree ("proxy_id");--> statement-breakpoint
CREATE INDEX "resident_activity_subject_idx" ON "resident_activity" USING btree ("subject_id","at");