DROP INDEX "conversations_unit_open_idx";--> statement-breakpoint
DROP INDEX "conversations_resident_idx";--> statement-breakpoint
CREATE INDEX "conversations_unit_open_idx" ON "conversations" USING btree ("unit_id","closed_at");--> statement-breakpoint
CREATE INDEX "conversations_resident_idx" ON "conversations" USING btree ("resident_id");--> statement-breakpoint
-- Room on each page for the new version of a row, so an update without index changes stays on its page (heap-only). Rows written before this keep their pages until rewritten.
ALTER TABLE "conversations" SET (fillfactor = 70);