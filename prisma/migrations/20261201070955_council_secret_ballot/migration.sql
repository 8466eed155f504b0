-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "secretBallot" BOOLEAN NOT NULL DEFAULT true;
