-- CreateEnum
CREATE TYPE "UnitImportStatus" AS ENUM ('PREVIEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "takenOverFromUnitId" TEXT;

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "resolution" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitImportJob" (
    "id" TEXT NOT NULL,
    "status" "UnitImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "createdByUserId" TEXT NOT NULL,
    "listFileName" TEXT,
    "listCsv" TEXT,
    "successionFileName" TEXT,
    "successionCsv" TEXT,
    "validFrom" TEXT,
    "validTo" TEXT,
    "preview" JSONB NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "UnitImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitSuccession_successorId_idx" ON "UnitSuccession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_predecessorId_successorId_key" ON "UnitSuccession"("predecessorId", "successorId");

-- CreateIndex
CREATE INDEX "UnitImportJob_createdAt_idx" ON "UnitImportJob"("createdAt");

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_takenOverFromUnitId_fkey" FOREIGN KEY ("takenOverFromUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the single successor links recorded so far become succession rows, effective on the
-- successor's first day (or the day after the predecessor's last), resolution not recorded.
INSERT INTO "UnitSuccession" ("id", "predecessorId", "successorId", "effectiveOn", "resolution")
SELECT 'us_' || md5(p."id" || '>' || s."id"), p."id", s."id",
       COALESCE(s."validFrom", p."validTo" + 1, CURRENT_DATE), ''
FROM "Unit" p JOIN "Unit" s ON s."id" = p."successorId";
