-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Plan_searchText_idx" ON "Plan" USING GIN ("searchText" gin_trgm_ops);

-- Back-fill: existing plans' titles as toSearchText (src/domain/text/vietnamese.ts) writes them —
-- Vietnamese letters (both cases) to their base letter, "đ" to "d", combining marks (a title typed
-- decomposed) dropped by translate (they have no counterpart), then lower case, whitespace collapsed.
-- Kept in step with toSearchText by tests/integration/plan-search.test.ts. Then no default: the
-- data layer writes the column with every title.
UPDATE "Plan" SET "searchText" = btrim(regexp_replace(lower(translate("title",
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ̛̣̀́̂̃̆̉',
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')), '\s+', ' ', 'g'));
ALTER TABLE "Plan" ALTER COLUMN "searchText" DROP DEFAULT;
