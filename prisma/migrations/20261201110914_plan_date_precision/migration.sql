-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "dossierDeadlinePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN     "periodFromIssue" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "registrationDeadlinePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- AlterTable
ALTER TABLE "PlanPhase" ADD COLUMN     "reviewDatePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';
