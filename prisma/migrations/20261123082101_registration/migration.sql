-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('NOT_SENT', 'SENT', 'RETURNED', 'APPROVED');

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "registrationItems" TEXT[];

-- CreateTable
CREATE TABLE "LocalAwardForm" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nominee" "RecipientKind"[],
    "value" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocalAwardForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'NOT_SENT',
    "returnReason" TEXT,
    "reopenedUntil" DATE,
    "sentAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationRow" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "RecipientKind" NOT NULL,
    "organisationId" TEXT,
    "personId" TEXT,
    "label" TEXT NOT NULL,
    "items" TEXT[],
    "commitment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "RegistrationRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LocalAwardForm_unitId_name_key" ON "LocalAwardForm"("unitId", "name");

-- CreateIndex
CREATE INDEX "Registration_unitId_idx" ON "Registration"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_planId_unitId_key" ON "Registration"("planId", "unitId");

-- CreateIndex
CREATE INDEX "RegistrationRow_registrationId_idx" ON "RegistrationRow"("registrationId");

-- AddForeignKey
ALTER TABLE "LocalAwardForm" ADD CONSTRAINT "LocalAwardForm_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationRow" ADD CONSTRAINT "RegistrationRow_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationRow" ADD CONSTRAINT "RegistrationRow_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationRow" ADD CONSTRAINT "RegistrationRow_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
