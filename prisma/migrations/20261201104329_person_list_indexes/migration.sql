-- Trigram search on names (pg_trgm ships with PostgreSQL, the embedded build included).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Person_unitId_sortName_idx";

-- CreateIndex
CREATE INDEX "Person_unitId_sortName_id_idx" ON "Person"("unitId", "sortName", "id");

-- CreateIndex
CREATE INDEX "Person_sortName_id_idx" ON "Person"("sortName", "id");

-- CreateIndex
CREATE INDEX "Person_searchText_idx" ON "Person" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");
