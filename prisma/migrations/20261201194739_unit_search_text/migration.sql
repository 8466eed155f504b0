-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- A unit is found by its name typed without diacritics ("dinh du" finds "Xã Đình Dù"), as awards are
-- (migration award_search_text, whose thidua_search_text folds text as toSearchText does). The
-- database writes the column: units are created by the operator's forms, the unit import, seeds,
-- benchmarks and test worlds (some in SQL), and a trigger keeps every one of them findable. No index:
-- the summary's filter reads the units directly below one unit (the parentId index) and matches those.
UPDATE "Unit" SET "searchText" = thidua_search_text("name");
CREATE FUNCTION "Unit_searchText"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := thidua_search_text(NEW."name");
  RETURN NEW;
END $$;
CREATE TRIGGER "Unit_searchText" BEFORE INSERT OR UPDATE OF "name", "searchText" ON "Unit"
  FOR EACH ROW EXECUTE FUNCTION "Unit_searchText"();
