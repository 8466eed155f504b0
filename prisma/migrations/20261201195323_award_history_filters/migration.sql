-- btree_gin (ships with PostgreSQL, as pg_trgm does): the unit column in the award search's GIN index.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- DropIndex
DROP INDEX "AwardRecord_searchText_idx";

-- CreateTable
CREATE TABLE "AwardRoundTally" (
    "unitId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "awards" INTEGER NOT NULL,

    CONSTRAINT "AwardRoundTally_pkey" PRIMARY KEY ("unitId","roundId")
);

-- CreateIndex
CREATE INDEX "AwardRoundTally_roundId_idx" ON "AwardRoundTally"("roundId");

-- CreateIndex
-- btree_gin's own class for text (text_ops) would do, but it is the default class, which Prisma's
-- introspection leaves unnamed while its schema cannot leave it out (a GIN index on a String field
-- needs `ops`): `migrate.ts check` then reports drift. The same class under another name is not a
-- default, so schema.prisma names it and the check holds.
CREATE OPERATOR CLASS thidua_unit_gin_ops FOR TYPE text USING gin AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
  FUNCTION 1 bttextcmp(text, text),
  FUNCTION 2 gin_extract_value_text(text, internal),
  FUNCTION 3 gin_extract_query_text(text, internal, int2, internal, internal),
  FUNCTION 4 gin_btree_consistent(internal, int2, anyelement, int4, internal, internal),
  FUNCTION 5 gin_compare_prefix_text(text, text, int2, internal),
  STORAGE text;
CREATE INDEX "AwardRecord_unitId_searchText_idx" ON "AwardRecord" USING GIN ("unitId" thidua_unit_gin_ops, "searchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "AwardRoundTally" ADD CONSTRAINT "AwardRoundTally_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardRoundTally" ADD CONSTRAINT "AwardRoundTally_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AwardRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AwardRoundTally: how many awards of each unit each round decided, kept by the database on every
-- statement that inserts, deletes or moves awards (signing, seeds, benchmarks, test worlds in SQL):
-- one aggregated upsert per statement (transition tables), in (unit, round) order so that two
-- statements tallying the same rows lock them in the same order. A decision's round is fixed when
-- it is signed (nothing updates AwardDecision.roundId), so only the awards' side is watched. A
-- count that falls to 0 is deleted: the round filter offers exactly the rounds with an award in
-- the reader's units (src/server/data/awards.ts).
CREATE FUNCTION "AwardRoundTally_add"(unit_ids text[], decision_ids text[], delta int) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AwardRoundTally" ("unitId", "roundId", "awards")
    SELECT a.unit_id, d."roundId", delta * count(*)::int
      FROM unnest(unit_ids, decision_ids) AS a(unit_id, decision_id)
      JOIN "AwardDecision" d ON d.id = a.decision_id
     GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("unitId", "roundId") DO UPDATE SET "awards" = "AwardRoundTally"."awards" + excluded."awards";
  IF delta < 0 THEN
    DELETE FROM "AwardRoundTally" WHERE "awards" <= 0 AND "unitId" = ANY (unit_ids);
  END IF;
END $$;

CREATE FUNCTION "AwardRecord_roundTally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "AwardRoundTally_add"(array_agg("unitId"), array_agg("decisionId"), 1)
       FROM new_awards WHERE "decisionId" IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "AwardRoundTally_add"(array_agg("unitId"), array_agg("decisionId"), -1)
       FROM old_awards WHERE "decisionId" IS NOT NULL;
  ELSE
    -- Only an award moved to another unit or decision changes a tally (a revocation does not).
    PERFORM "AwardRoundTally_add"(array_agg(o."unitId"), array_agg(o."decisionId"), -1)
       FROM old_awards o JOIN new_awards n ON n.id = o.id
      WHERE o."decisionId" IS NOT NULL AND (n."unitId", n."decisionId") IS DISTINCT FROM (o."unitId", o."decisionId");
    PERFORM "AwardRoundTally_add"(array_agg(n."unitId"), array_agg(n."decisionId"), 1)
       FROM old_awards o JOIN new_awards n ON n.id = o.id
      WHERE n."decisionId" IS NOT NULL AND (n."unitId", n."decisionId") IS DISTINCT FROM (o."unitId", o."decisionId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "AwardRecord_roundTally_insert" AFTER INSERT ON "AwardRecord"
  REFERENCING NEW TABLE AS new_awards FOR EACH STATEMENT EXECUTE FUNCTION "AwardRecord_roundTally"();
CREATE TRIGGER "AwardRecord_roundTally_update" AFTER UPDATE ON "AwardRecord"
  REFERENCING OLD TABLE AS old_awards NEW TABLE AS new_awards
  FOR EACH STATEMENT EXECUTE FUNCTION "AwardRecord_roundTally"();
CREATE TRIGGER "AwardRecord_roundTally_delete" AFTER DELETE ON "AwardRecord"
  REFERENCING OLD TABLE AS old_awards FOR EACH STATEMENT EXECUTE FUNCTION "AwardRecord_roundTally"();

-- The awards already decided.
INSERT INTO "AwardRoundTally" ("unitId", "roundId", "awards")
  SELECT a."unitId", d."roundId", count(*)::int FROM "AwardRecord" a JOIN "AwardDecision" d ON d.id = a."decisionId"
   GROUP BY 1, 2;
