-- CreateIndex
CREATE INDEX "AwardRecord_decisionId_idx" ON "AwardRecord"("decisionId");
