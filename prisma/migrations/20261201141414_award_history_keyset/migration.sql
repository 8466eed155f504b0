-- DropIndex
DROP INDEX "AwardRecord_unitId_year_idx";

-- CreateIndex
CREATE INDEX "AwardRecord_unitId_year_id_idx" ON "AwardRecord"("unitId", "year", "id");

-- CreateIndex
CREATE INDEX "AwardRecord_unitId_decidedOn_id_idx" ON "AwardRecord"("unitId", "decidedOn", "id");

-- CreateIndex
CREATE INDEX "AwardRecord_unitId_label_id_idx" ON "AwardRecord"("unitId", "label", "id");

-- CreateIndex
CREATE INDEX "AwardRecord_year_id_idx" ON "AwardRecord"("year", "id");

-- CreateIndex
CREATE INDEX "AwardRecord_decidedOn_id_idx" ON "AwardRecord"("decidedOn", "id");

-- CreateIndex
CREATE INDEX "AwardRecord_label_id_idx" ON "AwardRecord"("label", "id");
