-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('ANNUAL', 'THEMATIC', 'PHASE');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ISSUED', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('COLLECTIVE', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "Conferral" AS ENUM ('OWN', 'PROPOSED');

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "PlanKind" NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "number" TEXT,
    "symbol" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "issuedOn" DATE,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "purposes" TEXT[],
    "requirements" TEXT[],
    "slogan" TEXT NOT NULL,
    "contents" TEXT[],
    "participantCollectives" TEXT[],
    "participantIndividuals" TEXT[],
    "registrationDeadline" DATE,
    "dossierDeadline" DATE,
    "budgetSource" TEXT NOT NULL,
    "rewardRules" TEXT NOT NULL,
    "recipients" TEXT[],
    "signerAuthority" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "parentPlanId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBasis" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "linkedPlanId" TEXT,

    CONSTRAINT "PlanBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAwardForm" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "conferral" "Conferral" NOT NULL,
    "recipientKind" "RecipientKind" NOT NULL,
    "quota" INTEGER,
    "criteria" TEXT[],
    "cashValue" INTEGER,

    CONSTRAINT "PlanAwardForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSubQuota" (
    "id" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "quota" INTEGER NOT NULL,

    CONSTRAINT "PlanSubQuota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDossierItem" (
    "id" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "copies" INTEGER NOT NULL,

    CONSTRAINT "PlanDossierItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDuty" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "assignee" TEXT NOT NULL,
    "tasks" TEXT[],

    CONSTRAINT "PlanDuty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanPhase" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "reviewDate" DATE NOT NULL,

    CONSTRAINT "PlanPhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRevision" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "actorUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Plan_unitId_status_idx" ON "Plan"("unitId", "status");

-- CreateIndex
CREATE INDEX "Plan_year_idx" ON "Plan"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_unitId_year_symbol_number_key" ON "Plan"("unitId", "year", "symbol", "number");

-- CreateIndex
CREATE INDEX "PlanBasis_planId_idx" ON "PlanBasis"("planId");

-- CreateIndex
CREATE INDEX "PlanAwardForm_planId_idx" ON "PlanAwardForm"("planId");

-- CreateIndex
CREATE INDEX "PlanSubQuota_awardFormId_idx" ON "PlanSubQuota"("awardFormId");

-- CreateIndex
CREATE INDEX "PlanDossierItem_awardFormId_idx" ON "PlanDossierItem"("awardFormId");

-- CreateIndex
CREATE INDEX "PlanDuty_planId_idx" ON "PlanDuty"("planId");

-- CreateIndex
CREATE INDEX "PlanPhase_planId_idx" ON "PlanPhase"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanRevision_planId_version_key" ON "PlanRevision"("planId", "version");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_parentPlanId_fkey" FOREIGN KEY ("parentPlanId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBasis" ADD CONSTRAINT "PlanBasis_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBasis" ADD CONSTRAINT "PlanBasis_linkedPlanId_fkey" FOREIGN KEY ("linkedPlanId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAwardForm" ADD CONSTRAINT "PlanAwardForm_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSubQuota" ADD CONSTRAINT "PlanSubQuota_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "PlanAwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDossierItem" ADD CONSTRAINT "PlanDossierItem_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "PlanAwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDuty" ADD CONSTRAINT "PlanDuty_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanPhase" ADD CONSTRAINT "PlanPhase_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRevision" ADD CONSTRAINT "PlanRevision_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
