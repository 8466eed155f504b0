-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "DocumentState" AS ENUM ('MISSING', 'UPLOADED', 'ACCEPTED', 'NEEDS_CORRECTION');

-- CreateTable
CREATE TABLE "QuotaAllocation" (
    "id" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "QuotaAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationBatch" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'DRAFT',
    "round" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NominationBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nominee" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "RecipientKind" NOT NULL,
    "personId" TEXT,
    "organisationId" TEXT,
    "label" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,

    CONSTRAINT "Nominee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierDocument" (
    "id" TEXT NOT NULL,
    "nomineeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "copies" INTEGER NOT NULL,
    "state" "DocumentState" NOT NULL DEFAULT 'MISSING',
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DossierDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierFile" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchEvent" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actorUserId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BatchEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierExtension" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "until" DATE NOT NULL,

    CONSTRAINT "DossierExtension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QuotaAllocation_awardFormId_unitId_category_key" ON "QuotaAllocation"("awardFormId", "unitId", "category");

-- CreateIndex
CREATE INDEX "NominationBatch_awardFormId_unitId_status_idx" ON "NominationBatch"("awardFormId", "unitId", "status");

-- CreateIndex
CREATE INDEX "NominationBatch_planId_idx" ON "NominationBatch"("planId");

-- CreateIndex
CREATE INDEX "Nominee_batchId_idx" ON "Nominee"("batchId");

-- CreateIndex
CREATE INDEX "DossierDocument_nomineeId_idx" ON "DossierDocument"("nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "DossierFile_storageKey_key" ON "DossierFile"("storageKey");

-- CreateIndex
CREATE INDEX "DossierFile_documentId_idx" ON "DossierFile"("documentId");

-- CreateIndex
CREATE INDEX "BatchEvent_batchId_at_idx" ON "BatchEvent"("batchId", "at");

-- CreateIndex
CREATE INDEX "Notification_unitId_createdAt_idx" ON "Notification"("unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DossierExtension_planId_unitId_key" ON "DossierExtension"("planId", "unitId");

-- AddForeignKey
ALTER TABLE "QuotaAllocation" ADD CONSTRAINT "QuotaAllocation_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "PlanAwardForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaAllocation" ADD CONSTRAINT "QuotaAllocation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationBatch" ADD CONSTRAINT "NominationBatch_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "PlanAwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationBatch" ADD CONSTRAINT "NominationBatch_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nominee" ADD CONSTRAINT "Nominee_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "NominationBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nominee" ADD CONSTRAINT "Nominee_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nominee" ADD CONSTRAINT "Nominee_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierDocument" ADD CONSTRAINT "DossierDocument_nomineeId_fkey" FOREIGN KEY ("nomineeId") REFERENCES "Nominee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierFile" ADD CONSTRAINT "DossierFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "DossierDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatchEvent" ADD CONSTRAINT "BatchEvent_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "NominationBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierExtension" ADD CONSTRAINT "DossierExtension_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierExtension" ADD CONSTRAINT "DossierExtension_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
