-- AlterTable
ALTER TABLE "UnitImportJob" ADD COLUMN     "outcome" JSONB;
