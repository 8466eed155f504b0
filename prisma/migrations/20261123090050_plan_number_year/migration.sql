-- DropIndex
DROP INDEX "Plan_unitId_year_symbol_number_key";

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "numberYear" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Plan_unitId_numberYear_symbol_number_key" ON "Plan"("unitId", "numberYear", "symbol", "number");
