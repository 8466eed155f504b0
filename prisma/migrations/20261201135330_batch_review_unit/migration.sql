-- AlterTable
ALTER TABLE "NominationBatch" ADD COLUMN     "reviewUnitId" TEXT;

-- CreateIndex
CREATE INDEX "NominationBatch_reviewUnitId_submittedAt_id_idx" ON "NominationBatch"("reviewUnitId", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "NominationBatch_reviewUnitId_status_submittedAt_id_idx" ON "NominationBatch"("reviewUnitId", "status", "submittedAt", "id");

-- Hand-written: "reviewUnitId" is the unit of the batch's plan (the unit that reviews it), held by the
-- database so no writer can forget it: set on insert (and if a batch's plan changed), moved when a
-- successor unit takes the plan over (succession-plans.ts updates "Plan"."unitId").
CREATE FUNCTION "nomination_batch_review_unit"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."reviewUnitId" := (SELECT "unitId" FROM "Plan" WHERE "id" = NEW."planId");
  RETURN NEW;
END $$;

CREATE TRIGGER "NominationBatch_review_unit"
  BEFORE INSERT OR UPDATE OF "planId", "reviewUnitId" ON "NominationBatch"
  FOR EACH ROW EXECUTE FUNCTION "nomination_batch_review_unit"();

CREATE FUNCTION "plan_moves_review_unit"() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "NominationBatch" SET "reviewUnitId" = NEW."unitId" WHERE "planId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Plan_moves_review_unit"
  AFTER UPDATE OF "unitId" ON "Plan"
  FOR EACH ROW WHEN (OLD."unitId" IS DISTINCT FROM NEW."unitId")
  EXECUTE FUNCTION "plan_moves_review_unit"();

-- Back-fill.
UPDATE "NominationBatch" b SET "reviewUnitId" = p."unitId" FROM "Plan" p WHERE p."id" = b."planId";
