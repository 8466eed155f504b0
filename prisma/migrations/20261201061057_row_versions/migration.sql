-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "DisciplineRecord" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PlanAwardForm" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ProvinceRules" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReviewHold" ADD COLUMN     "rowVersion" INTEGER NOT NULL DEFAULT 0;
