-- AlterEnum
ALTER TYPE "SignatureStatus" ADD VALUE 'UNTRUSTED';

-- CreateTable
CREATE TABLE "TrustedCertificate" (
    "id" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "der" BYTEA NOT NULL,
    "subject" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3) NOT NULL,
    "addedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustedCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrustedCertificate_fingerprint_key" ON "TrustedCertificate"("fingerprint");
