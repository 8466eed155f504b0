-- CreateEnum
CREATE TYPE "PerformanceRating" AS ENUM ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV');

-- CreateEnum
CREATE TYPE "InitiativeScope" AS ENUM ('CO_SO', 'TINH', 'TOAN_QUOC');

-- CreateEnum
CREATE TYPE "HoldKind" AS ENUM ('COMPLAINT', 'INSPECTION');

-- CreateEnum
CREATE TYPE "AwardSource" AS ENUM ('ENTERED', 'DECISION');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "headPersonId" TEXT;

-- AlterTable
ALTER TABLE "PlanAwardForm" ADD COLUMN     "capPercent" INTEGER,
ADD COLUMN     "catalogueCode" TEXT;

-- CreateTable
CREATE TABLE "PerformanceReview" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "PerformanceRating" NOT NULL,

    CONSTRAINT "PerformanceReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scope" "InitiativeScope" NOT NULL,
    "recognisedOn" DATE NOT NULL,
    "recognisedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewHold" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "personId" TEXT,
    "organisationId" TEXT,
    "kind" "HoldKind" NOT NULL,
    "note" TEXT NOT NULL,
    "openedOn" DATE NOT NULL,
    "closedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardRecord" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "RecipientKind" NOT NULL,
    "personId" TEXT,
    "organisationId" TEXT,
    "label" TEXT NOT NULL,
    "catalogueCode" TEXT,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "conferredBy" TEXT NOT NULL,
    "amount" INTEGER,
    "source" "AwardSource" NOT NULL,
    "revokedOn" DATE,
    "revokeReason" TEXT,
    "revokeDecisionNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PerformanceReview_unitId_idx" ON "PerformanceReview"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "PerformanceReview_personId_year_key" ON "PerformanceReview"("personId", "year");

-- CreateIndex
CREATE INDEX "Initiative_personId_idx" ON "Initiative"("personId");

-- CreateIndex
CREATE INDEX "Initiative_unitId_idx" ON "Initiative"("unitId");

-- CreateIndex
CREATE INDEX "ReviewHold_personId_idx" ON "ReviewHold"("personId");

-- CreateIndex
CREATE INDEX "ReviewHold_organisationId_idx" ON "ReviewHold"("organisationId");

-- CreateIndex
CREATE INDEX "ReviewHold_unitId_idx" ON "ReviewHold"("unitId");

-- CreateIndex
CREATE INDEX "AwardRecord_personId_year_idx" ON "AwardRecord"("personId", "year");

-- CreateIndex
CREATE INDEX "AwardRecord_organisationId_year_idx" ON "AwardRecord"("organisationId", "year");

-- CreateIndex
CREATE INDEX "AwardRecord_unitId_year_idx" ON "AwardRecord"("unitId", "year");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_headPersonId_fkey" FOREIGN KEY ("headPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceReview" ADD CONSTRAINT "PerformanceReview_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceReview" ADD CONSTRAINT "PerformanceReview_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHold" ADD CONSTRAINT "ReviewHold_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHold" ADD CONSTRAINT "ReviewHold_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewHold" ADD CONSTRAINT "ReviewHold_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a hold or an award names at most one subject (an award with neither is the unit
-- itself as a collective; a hold always names one).
ALTER TABLE "ReviewHold" ADD CONSTRAINT "ReviewHold_one_subject"
  CHECK (("personId" IS NULL) <> ("organisationId" IS NULL));
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_at_most_one_subject"
  CHECK ("personId" IS NULL OR "organisationId" IS NULL);

-- Award history lists sort by name the Vietnamese way, like Person and Organisation (init migration).
ALTER TABLE "AwardRecord" ALTER COLUMN "label" TYPE TEXT COLLATE "vi_vn";
