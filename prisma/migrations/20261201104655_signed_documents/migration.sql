-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('VALID', 'EXPIRED', 'TAMPERED', 'INVALID', 'UNSIGNED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DECISION_ISSUED';

-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "issuedAt" TIMESTAMP(3),
ADD COLUMN     "issuedByName" TEXT,
ADD COLUMN     "issuedFileKey" TEXT,
ADD COLUMN     "issuedFileName" TEXT,
ADD COLUMN     "issuedFileSize" INTEGER,
ADD COLUMN     "issuedSignature" "SignatureStatus",
ADD COLUMN     "issuedVerification" JSONB;

-- CreateTable
CREATE TABLE "UnitSigningCertificate" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "sealed" BYTEA NOT NULL,
    "salt" BYTEA NOT NULL,
    "subject" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitSigningCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitSigningCertificate_unitId_key" ON "UnitSigningCertificate"("unitId");

-- AddForeignKey
ALTER TABLE "UnitSigningCertificate" ADD CONSTRAINT "UnitSigningCertificate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
