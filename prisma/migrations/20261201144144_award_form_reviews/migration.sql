-- AlterTable
ALTER TABLE "PlanAwardForm" ADD COLUMN     "reviews" TEXT[] DEFAULT ARRAY[]::TEXT[];
-- Existing forms get none listed: every review, as AT_REVIEWS meant before (roundsOf in src/domain/plans/rounds.ts).
