-- CreateEnum
CREATE TYPE "CouncilRole" AS ENUM ('CHU_TICH', 'PHO_CHU_TICH', 'THANH_VIEN', 'THU_KY');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'IN_SESSION', 'BALLOT_OPEN', 'BALLOT_CLOSED');

-- CreateEnum
CREATE TYPE "ItemResult" AS ENUM ('PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "ApprovalState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "BallotMethod" AS ENUM ('ONLINE', 'PAPER', 'WRITTEN', 'RECUSED');

-- AlterTable
ALTER TABLE "AwardRecord" ADD COLUMN     "decisionId" TEXT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "budgetAmount" INTEGER;

-- CreateTable
CREATE TABLE "Council" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "quorumNumerator" INTEGER NOT NULL DEFAULT 2,
    "quorumDenominator" INTEGER NOT NULL DEFAULT 3,
    "thresholdPercent" INTEGER NOT NULL DEFAULT 50,
    "thresholdStrict" BOOLEAN NOT NULL DEFAULT true,
    "countsWrittenOpinions" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilThreshold" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "catalogueCode" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "strict" BOOLEAN NOT NULL,

    CONSTRAINT "CouncilThreshold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "personId" TEXT,
    "role" "CouncilRole" NOT NULL,
    "termFrom" DATE NOT NULL,
    "termTo" DATE,

    CONSTRAINT "CouncilMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMeeting" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "heldOn" DATE NOT NULL,
    "startTime" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "disclosureFrom" DATE,
    "disclosureTo" DATE,
    "memberCount" INTEGER,
    "quorumRequired" INTEGER,
    "quorumRule" TEXT,
    "countsWrittenOpinions" BOOLEAN,
    "openedAt" TIMESTAMP(3),
    "ballotOpenedAt" TIMESTAMP(3),
    "ballotClosedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "MeetingItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "nomineeId" TEXT,
    "label" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "formName" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "thresholdPercent" INTEGER NOT NULL,
    "thresholdStrict" BOOLEAN NOT NULL,
    "agree" INTEGER NOT NULL DEFAULT 0,
    "disagree" INTEGER NOT NULL DEFAULT 0,
    "paperAgree" INTEGER NOT NULL DEFAULT 0,
    "paperDisagree" INTEGER NOT NULL DEFAULT 0,
    "writtenAgree" INTEGER NOT NULL DEFAULT 0,
    "writtenDisagree" INTEGER NOT NULL DEFAULT 0,
    "result" "ItemResult",
    "approval" "ApprovalState" NOT NULL DEFAULT 'PENDING',
    "rejectReason" TEXT,
    "approvedAt" TIMESTAMP(3),
    "decisionId" TEXT,

    CONSTRAINT "MeetingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotReceipt" (
    "itemId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "method" "BallotMethod" NOT NULL,

    CONSTRAINT "BallotReceipt_pkey" PRIMARY KEY ("itemId","memberId")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "resolution" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDecision" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "formName" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "amountBasis" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "numberYear" INTEGER NOT NULL,
    "decidedOn" DATE NOT NULL,
    "signerName" TEXT NOT NULL,
    "budgetSource" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_unitId_key" ON "Council"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilThreshold_councilId_catalogueCode_key" ON "CouncilThreshold"("councilId", "catalogueCode");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMember_councilId_userId_key" ON "CouncilMember"("councilId", "userId");

-- CreateIndex
CREATE INDEX "CouncilMeeting_unitId_planId_idx" ON "CouncilMeeting"("unitId", "planId");

-- CreateIndex
CREATE INDEX "MeetingItem_nomineeId_idx" ON "MeetingItem"("nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingItem_meetingId_nomineeId_key" ON "MeetingItem"("meetingId", "nomineeId");

-- CreateIndex
CREATE INDEX "Objection_meetingId_idx" ON "Objection"("meetingId");

-- CreateIndex
CREATE INDEX "AwardDecision_planId_idx" ON "AwardDecision"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecision_unitId_numberYear_number_key" ON "AwardDecision"("unitId", "numberYear", "number");

-- AddForeignKey
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Council" ADD CONSTRAINT "Council_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilThreshold" ADD CONSTRAINT "CouncilThreshold_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMeeting" ADD CONSTRAINT "CouncilMeeting_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMeeting" ADD CONSTRAINT "CouncilMeeting_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMeeting" ADD CONSTRAINT "CouncilMeeting_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_nomineeId_fkey" FOREIGN KEY ("nomineeId") REFERENCES "Nominee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingItem" ADD CONSTRAINT "MeetingItem_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotReceipt" ADD CONSTRAINT "BallotReceipt_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "MeetingItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotReceipt" ADD CONSTRAINT "BallotReceipt_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CouncilMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CouncilMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
