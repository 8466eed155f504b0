-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "AwardRecord" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "AwardDecision_searchText_idx" ON "AwardDecision" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AwardRecord_searchText_idx" ON "AwardRecord" USING GIN ("searchText" gin_trgm_ops);

-- Award records and decisions are searched without diacritics ("nguyen van a" finds "Nguyễn Văn A",
-- "giay khen" finds "Giấy khen") on a stored column with a trigram index, as people and plans are.
-- Unlike those, the DATABASE writes it, by trigger: award records are inserted by signing, by
-- entering a paper award, by seeds, benchmarks and test worlds (some by SQL); a trigger keeps every
-- one of them searchable. thidua_search_text folds text as toSearchText (src/domain/text/vietnamese.ts)
-- does: Vietnamese letters (both cases) to their base letter, "đ" to "d", combining marks (text typed
-- decomposed) dropped, lower case, whitespace collapsed. tests/integration/award-search.test.ts keeps
-- the two in step.
CREATE FUNCTION thidua_search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(translate(value,
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ̛̣̀́̂̃̆̉',
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '\s+', ' ', 'g')) $$;

-- An award by its awardee's name (label) and the award's name ("Giấy khen của Chủ tịch UBND huyện").
UPDATE "AwardRecord" SET "searchText" = thidua_search_text("label" || ' ' || "name");
CREATE FUNCTION "AwardRecord_searchText"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := thidua_search_text(NEW."label" || ' ' || NEW."name");
  RETURN NEW;
END $$;
CREATE TRIGGER "AwardRecord_searchText" BEFORE INSERT OR UPDATE OF "label", "name", "searchText" ON "AwardRecord"
  FOR EACH ROW EXECUTE FUNCTION "AwardRecord_searchText"();

-- A decision by the award form it was signed for (its number is matched as typed, not here).
UPDATE "AwardDecision" SET "searchText" = thidua_search_text("formName");
CREATE FUNCTION "AwardDecision_searchText"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := thidua_search_text(NEW."formName");
  RETURN NEW;
END $$;
CREATE TRIGGER "AwardDecision_searchText" BEFORE INSERT OR UPDATE OF "formName", "searchText" ON "AwardDecision"
  FOR EACH ROW EXECUTE FUNCTION "AwardDecision_searchText"();
