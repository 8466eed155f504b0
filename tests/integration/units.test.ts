import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { importNationalUnitList } from "@/server/units/import-national-list";
import { upsertUnits } from "@/server/units/upsert-units";
import { seedUnits } from "../../prisma/seed-data/units";

/** Real rows of the GSO three-level export format, with codes not used by the seed. */
const threeLevel = [
  "Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh",
  "Tỉnh Thái Bình,34,Huyện Quỳnh Phụ,336,Thị trấn Quỳnh Côi,12451,Thị trấn,",
  "Tỉnh Thái Bình,34,Huyện Quỳnh Phụ,336,Xã An Khê,12454,Xã,",
  "Tỉnh Thái Bình,34,Huyện Hưng Hà,338,Thị trấn Hưng Hà,12517,Thị trấn,",
].join("\n");

describe("the unit tree", () => {
  it("holds the seed's three-level units and their 2025 successors, with any depth", async () => {
    await db().$transaction((tx) => upsertUnits(tx, seedUnits), { timeout: 60_000 });
    const coLe = await db().unit.findFirstOrThrow({
      where: { code: "14026", validTo: { not: null } },
      include: { successor: true, parent: { include: { parent: true } } },
    });
    expect(coLe.name).toBe("Thị trấn Cổ Lễ");
    expect(coLe.depth).toBe(2);
    expect(coLe.parent?.name).toBe("Huyện Trực Ninh");
    expect(coLe.parent?.parent?.name).toBe("Tỉnh Nam Định");
    expect(coLe.successor).toMatchObject({ name: "Xã Cổ Lễ", code: "14026", depth: 1 });
    const newCoLe = await db().unit.findUniqueOrThrow({ where: { id: coLe.successor!.id }, include: { parent: true } });
    expect(newCoLe.parent?.name).toBe("Tỉnh Ninh Bình");
    expect(newCoLe.path.startsWith(newCoLe.parent!.path)).toBe(true);
    const namDinh = await db().unit.findFirstOrThrow({ where: { code: "36" }, include: { successor: true } });
    expect(namDinh.successor?.name).toBe("Tỉnh Ninh Bình");
    // Re-running changes nothing (idempotent seed / re-import).
    const again = await db().$transaction((tx) => upsertUnits(tx, seedUnits), { timeout: 60_000 });
    expect(again.created).toBe(0);
  });

  it("imports the national list from the official CSV, all or nothing", async () => {
    const outcome = await importNationalUnitList(threeLevel);
    expect(outcome).toMatchObject({ ok: true, format: "BA_CAP", created: 6 });
    const commune = await db().unit.findFirstOrThrow({
      where: { code: "12454" },
      include: { parent: { include: { parent: true } } },
    });
    expect(commune).toMatchObject({ name: "Xã An Khê", kind: "XA", depth: 2 });
    expect(commune.parent?.parent?.name).toBe("Tỉnh Thái Bình");
    expect(commune.validTo?.toISOString().slice(0, 10)).toBe("2025-06-30");

    const broken = `${threeLevel}\nTỉnh Thái Bình,34,Huyện Hưng Hà,338,Xã Lỗi,ABC,Xã,`;
    const refused = await importNationalUnitList(broken.replace("12517", "12999"));
    expect(refused.ok).toBe(false);
    expect(await db().unit.count({ where: { code: "12999" } })).toBe(0);
  });
});
