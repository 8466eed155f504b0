-- AlterTable
ALTER TABLE "ProvinceTitleRule" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;
