-- CreateEnum
CREATE TYPE "RewardKind" AS ENUM ('CATALOGUE', 'CASH', 'GIFT', 'NONE');

-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "giftDescription" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rewardKind" "RewardKind" NOT NULL DEFAULT 'CATALOGUE';

-- AlterTable
ALTER TABLE "AwardRecord" ADD COLUMN     "giftDescription" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rewardKind" "RewardKind";

-- AlterTable
ALTER TABLE "LocalAwardForm" ADD COLUMN     "giftDescription" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rewardKind" "RewardKind" NOT NULL DEFAULT 'CASH';

-- AlterTable
ALTER TABLE "PlanAwardForm" ADD COLUMN     "giftDescription" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "parentFormId" TEXT,
ADD COLUMN     "rewardKind" "RewardKind" NOT NULL DEFAULT 'CATALOGUE';

-- AddForeignKey
ALTER TABLE "PlanAwardForm" ADD CONSTRAINT "PlanAwardForm_parentFormId_fkey" FOREIGN KEY ("parentFormId") REFERENCES "PlanAwardForm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Back-fill (hand-written): how existing forms reward, read from what they hold.
-- A fixed value is a gift where the form or its plan's reward rules speak of a gift (quà, hiện vật),
-- else a sum of money; a catalogue form without one pays by the coefficient; a local form without
-- one is a sum not yet known (the chair enters or confirms it when signing).
UPDATE "PlanAwardForm" f SET
  "rewardKind" = (CASE
    WHEN f."cashValue" IS NOT NULL AND (f."name" ~* '(quà|hiện vật)' OR p."rewardRules" ~* '(quà|hiện vật)') THEN 'GIFT'
    WHEN f."cashValue" IS NOT NULL THEN 'CASH'
    WHEN f."catalogueCode" IS NOT NULL THEN 'CATALOGUE'
    ELSE 'CASH' END)::"RewardKind"
FROM "Plan" p WHERE p."id" = f."planId";
UPDATE "PlanAwardForm" SET "giftDescription" = 'một phần quà' WHERE "rewardKind" = 'GIFT';

UPDATE "LocalAwardForm" SET "rewardKind" = 'GIFT', "giftDescription" = 'một phần quà'
WHERE "value" IS NOT NULL AND "name" ~* '(quà|hiện vật)';

-- Signed decisions keep what they paid: nothing paid reads "không kèm tiền thưởng".
UPDATE "AwardDecision" d SET
  "rewardKind" = (CASE WHEN d."total" = 0 THEN 'NONE' ELSE f."rewardKind"::text END)::"RewardKind",
  "giftDescription" = CASE WHEN d."total" = 0 THEN '' ELSE f."giftDescription" END
FROM "PlanAwardForm" f WHERE f."id" = d."awardFormId";
UPDATE "AwardRecord" r SET "rewardKind" = d."rewardKind", "giftDescription" = d."giftDescription"
FROM "AwardDecision" d WHERE d."id" = r."decisionId";

-- A cascaded plan's proposed forms are its parent's forms seen from below: link each to the
-- parent's form of the same name, kind of recipient and review.
UPDATE "PlanAwardForm" c SET "parentFormId" = pf."id"
FROM "Plan" cp, "PlanAwardForm" pf
WHERE cp."id" = c."planId" AND cp."parentPlanId" IS NOT NULL AND c."conferral" = 'PROPOSED'
  AND pf."planId" = cp."parentPlanId" AND pf."name" = c."name"
  AND pf."recipientKind" = c."recipientKind" AND pf."phase" = c."phase";

-- Batches filed on such a copy and never taken up by the lower unit itself (no council item, not
-- accepted) were stuck where no reviewer reads them: they belong to the parent's form.
UPDATE "NominationBatch" b SET "awardFormId" = c."parentFormId", "planId" = pf."planId"
FROM "PlanAwardForm" c, "PlanAwardForm" pf
WHERE c."id" = b."awardFormId" AND c."parentFormId" IS NOT NULL AND pf."id" = c."parentFormId"
  AND b."status" <> 'ACCEPTED'
  AND NOT EXISTS (SELECT 1 FROM "Nominee" n JOIN "MeetingItem" i ON i."nomineeId" = n."id" WHERE n."batchId" = b."id");
