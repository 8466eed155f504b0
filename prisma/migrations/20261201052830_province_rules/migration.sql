-- CreateEnum
CREATE TYPE "ProvinceRuleKey" AS ENUM ('QUORUM', 'WRITTEN_OPINIONS', 'THRESHOLDS');

-- AlterTable
ALTER TABLE "Council" ALTER COLUMN "quorumNumerator" DROP NOT NULL,
ALTER COLUMN "quorumNumerator" DROP DEFAULT,
ALTER COLUMN "quorumDenominator" DROP NOT NULL,
ALTER COLUMN "quorumDenominator" DROP DEFAULT,
ALTER COLUMN "countsWrittenOpinions" DROP NOT NULL,
ALTER COLUMN "countsWrittenOpinions" DROP DEFAULT;

-- CreateTable
CREATE TABLE "ProvinceRules" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "quorumNumerator" INTEGER,
    "quorumDenominator" INTEGER,
    "countsWrittenOpinions" BOOLEAN,
    "communeMayOverride" "ProvinceRuleKey"[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProvinceRules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvinceTitleRule" (
    "id" TEXT NOT NULL,
    "rulesId" TEXT NOT NULL,
    "catalogueCode" TEXT NOT NULL,
    "thresholdPercent" INTEGER,
    "thresholdStrict" BOOLEAN NOT NULL DEFAULT false,
    "capPercent" INTEGER,
    "memberSharePercent" INTEGER,
    "memberTitleCode" TEXT,
    "criteria" TEXT[],
    "dossier" TEXT[],

    CONSTRAINT "ProvinceTitleRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceRules_unitId_key" ON "ProvinceRules"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ProvinceTitleRule_rulesId_catalogueCode_key" ON "ProvinceTitleRule"("rulesId", "catalogueCode");

-- AddForeignKey
ALTER TABLE "ProvinceRules" ADD CONSTRAINT "ProvinceRules_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceTitleRule" ADD CONSTRAINT "ProvinceTitleRule_rulesId_fkey" FOREIGN KEY ("rulesId") REFERENCES "ProvinceRules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
