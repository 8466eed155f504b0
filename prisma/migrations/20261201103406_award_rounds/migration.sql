-- CreateEnum
CREATE TYPE "AwardRecurrence" AS ENUM ('ONCE', 'YEARLY', 'AT_REVIEWS', 'YEARLY_AND_REVIEWS');

-- DropIndex
DROP INDEX "QuotaAllocation_awardFormId_unitId_category_key";

-- DropIndex
DROP INDEX "Registration_planId_unitId_key";

-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "roundId" TEXT;

-- AlterTable
ALTER TABLE "NominationBatch" ADD COLUMN     "roundId" TEXT;

-- AlterTable
ALTER TABLE "PlanAwardForm" ADD COLUMN     "deadlineDay" INTEGER,
ADD COLUMN     "deadlineMonth" INTEGER,
ADD COLUMN     "recurrence" "AwardRecurrence" NOT NULL DEFAULT 'ONCE';

-- AlterTable
ALTER TABLE "QuotaAllocation" ADD COLUMN     "roundId" TEXT;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "year" INTEGER;

-- CreateTable
CREATE TABLE "AwardRound" (
    "id" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "year" INTEGER,
    "review" TEXT,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "dossierDeadline" DATE,
    "quota" INTEGER,

    CONSTRAINT "AwardRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AwardRound_awardFormId_position_idx" ON "AwardRound"("awardFormId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AwardRound_awardFormId_key_key" ON "AwardRound"("awardFormId", "key");

-- CreateIndex
CREATE INDEX "AwardDecision_roundId_idx" ON "AwardDecision"("roundId");

-- CreateIndex
CREATE INDEX "NominationBatch_roundId_unitId_status_idx" ON "NominationBatch"("roundId", "unitId", "status");

-- CreateIndex
CREATE INDEX "QuotaAllocation_roundId_idx" ON "QuotaAllocation"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "QuotaAllocation_awardFormId_roundId_unitId_category_key" ON "QuotaAllocation"("awardFormId", "roundId", "unitId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_planId_unitId_year_key" ON "Registration"("planId", "unitId", "year");

-- AddForeignKey
ALTER TABLE "AwardRound" ADD CONSTRAINT "AwardRound_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "PlanAwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaAllocation" ADD CONSTRAINT "QuotaAllocation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationBatch" ADD CONSTRAINT "NominationBatch_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "PlanAwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Back-fill (hand-written): every existing award form gets its one round (ONCE), labelled as
-- roundsOf labels it (src/domain/plans/rounds.ts), and everything counted per round refers to it,
-- so plans issued before rounds existed keep working unchanged.
INSERT INTO "AwardRound" ("id", "awardFormId", "key", "position", "label", "year", "review", "periodFrom", "periodTo", "dossierDeadline", "quota")
SELECT 'rnd_' || f."id", f."id", 'ONCE', 0,
       CASE
         WHEN f."phase" <> '' THEN f."phase"
         WHEN extract(year FROM p."periodFrom") = extract(year FROM p."periodTo") THEN 'Năm ' || extract(year FROM p."periodFrom")::int
         ELSE extract(year FROM p."periodFrom")::int || '–' || extract(year FROM p."periodTo")::int
       END,
       CASE WHEN extract(year FROM p."periodFrom") = extract(year FROM p."periodTo") THEN extract(year FROM p."periodFrom")::int END,
       NULLIF(f."phase", ''), p."periodFrom", p."periodTo", p."dossierDeadline", f."quota"
FROM "PlanAwardForm" f JOIN "Plan" p ON p."id" = f."planId";

UPDATE "QuotaAllocation" SET "roundId" = 'rnd_' || "awardFormId";
UPDATE "NominationBatch" SET "roundId" = 'rnd_' || "awardFormId";
UPDATE "AwardDecision" SET "roundId" = 'rnd_' || "awardFormId";
UPDATE "Registration" r SET "year" = p."year" FROM "Plan" p WHERE p."id" = r."planId";

ALTER TABLE "QuotaAllocation" ALTER COLUMN "roundId" SET NOT NULL;
ALTER TABLE "NominationBatch" ALTER COLUMN "roundId" SET NOT NULL;
ALTER TABLE "AwardDecision" ALTER COLUMN "roundId" SET NOT NULL;
ALTER TABLE "Registration" ALTER COLUMN "year" SET NOT NULL;
