import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { db } from "@/server/db/client";
import { importPeople } from "@/server/services/import-people";
import { createActor, createOrganisationRow, createUnit } from "../support/factories";

const header = ["Họ và tên", "Ngày sinh", "Giới tính", "Loại", "Chức vụ", "Tổ chức", "Đảng viên"];
const xlsx = async (rows: (string | null)[][]) => new Uint8Array(await writeExcelFile([header, ...rows]).toBuffer());

describe("importing people from .xlsx (issue 2, item 3)", () => {
  it("imports nothing when one row is bad, and says which row and column", async () => {
    const unit = await createUnit("Xã Nhập", "XA", null);
    const actor = await createActor(unit, ["ADMIN"]);
    const outcome = await importPeople(
      actor,
      await xlsx([
        ["Nguyễn Văn Một", "01/02/1980", "Nam", "Công chức", "Công chức", "", "x"],
        ["Trần Thị Hai", "30/02/1985", "Nữ", "Công chức", "Công chức", "", ""],
        ["Lê Văn Ba", "03/03/1983", "Nam", "Công chức", "Công chức", "Tổ không có", ""],
      ]),
    );
    expect(outcome.imported).toBe(0);
    expect(outcome.errors).toEqual([
      { row: 3, column: "Ngày sinh", message: "Ngày không tồn tại." },
      { row: 4, column: "Tổ chức", message: 'Không có tổ chức "Tổ không có" trong đơn vị.' },
    ]);
    expect(await db().person.count({ where: { unitId: unit.id } })).toBe(0);
    expect(await db().auditEntry.count({ where: { unitId: unit.id } })).toBe(0);
  });

  it("imports every row of a clean sheet, matching organisations without diacritics, with audit entries", async () => {
    const unit = await createUnit("Xã Nhập Đủ", "XA", null);
    const org = await createOrganisationRow(unit, "Tư pháp - Hộ tịch");
    const actor = await createActor(unit, ["OFFICER"]);
    const outcome = await importPeople(
      actor,
      await xlsx([
        ["Nguyễn Văn Một", "01/02/1980", "Nam", "Công chức", "Công chức", "tu phap - ho tich", "x"],
        ["Trần Thị Hai", "1985-02-28", "Nữ", "Người lao động", "Nhân viên", "", ""],
      ]),
    );
    expect(outcome).toEqual({ imported: 2, errors: [] });
    const people = await db().person.findMany({ where: { unitId: unit.id }, orderBy: { sortName: "asc" } });
    expect(people.map((p) => [p.fullName, p.organisationId, p.partyMember])).toEqual([
      ["Trần Thị Hai", null, false],
      ["Nguyễn Văn Một", org.id, true],
    ]);
    expect(
      await db().auditEntry.count({
        where: { unitId: unit.id, entity: "Person", action: "CREATE", actorUserId: actor.userId },
      }),
    ).toBe(2);
  });

  it("refuses a file that is not an .xlsx by its bytes, and a role without the import permission", async () => {
    const unit = await createUnit("Xã Tệp", "XA", null);
    const officer = await createActor(unit, ["OFFICER"]);
    const fake = new TextEncoder().encode("Họ và tên;Ngày sinh\nA;B");
    expect((await importPeople(officer, fake)).errors[0]!.message).toBe("Tệp không phải bảng tính Excel (.xlsx).");
    const member = await createActor(unit, ["COUNCIL_MEMBER"]);
    await expect(importPeople(member, await xlsx([]))).rejects.toMatchObject({ kind: "forbidden" });
  });
});
