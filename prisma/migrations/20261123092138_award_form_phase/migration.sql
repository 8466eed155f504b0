-- AlterTable
ALTER TABLE "PlanAwardForm" ADD COLUMN     "phase" TEXT NOT NULL DEFAULT '';
