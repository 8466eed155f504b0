/**
 * Issue 11, item 3: accounts imported from an .xlsx sheet — row errors shown, nothing half
 * imported, the same sheet twice changes nothing the second time.
 */
import { describe, expect, it } from "vitest";
import writeExcelFile from "write-excel-file/node";
import { db } from "@/server/db/client";
import { importAccounts } from "@/server/services/import-accounts";
import { ACCOUNT_SHEET_COLUMNS } from "@/schemas/account-sheet";
import { createActor, createTree, uid } from "../support/factories";
import { rolesOf } from "../support/accounts";

async function sheet(rows: string[][]) {
  const bytes = await writeExcelFile([ACCOUNT_SHEET_COLUMNS.map((c) => c.header), ...rows]).toBuffer();
  return new Uint8Array(bytes);
}

const codeOf = async (unitId: string) => (await db().unit.findUniqueOrThrow({ where: { id: unitId } })).code;

describe("importing accounts from Excel", () => {
  it("invites down the tree in one go, and a second run changes nothing", async () => {
    const tree = await createTree();
    const province = await createActor(tree.p1, ["ADMIN"]);
    const member = await createActor(tree.c2, ["OFFICER"]);
    const [c1, c2] = [await codeOf(tree.c1.id), await codeOf(tree.c2.id)];
    const file = await sheet([
      [c1, "Quản Trị Xã Một", `qt${uid()}@test.vn`, "Quản trị"],
      [c2, "Chủ Tịch Xã Hai", `ct${uid()}@test.vn`, "Chủ tịch; hội đồng"],
      [c2, "Cán Bộ Đã Có", member.email, "cán bộ, nội vụ"],
    ]);
    const first = await importAccounts(province, file);
    expect(first.errors).toEqual([]);
    expect(first.results.map((r) => [r.row, r.outcome, Boolean(r.token)])).toEqual([
      [2, "invited", true],
      [3, "invited", true],
      [4, "roles_added", false],
    ]);
    expect(await rolesOf(member.email, tree.c2.id)).toEqual(["OFFICER", "REVIEWER"]);
    const invitations = await db().invitation.findMany({ where: { unitId: { in: [tree.c1.id, tree.c2.id] } } });
    expect(invitations).toHaveLength(2);
    expect(invitations.find((i) => i.unitId === tree.c2.id)?.roles.sort()).toEqual(["CHAIR", "COUNCIL_MEMBER"]);

    const second = await importAccounts(province, file);
    expect(second.results.map((r) => r.outcome)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(await db().invitation.findMany({ where: { unitId: { in: [tree.c1.id, tree.c2.id] } } })).toEqual(
      invitations,
    );
  });

  it("reports every bad row and imports none", async () => {
    const tree = await createTree();
    const commune = await createActor(tree.c1, ["ADMIN"]);
    const [own, sibling, other] = [await codeOf(tree.c1.id), await codeOf(tree.c2.id), await codeOf(tree.c4.id)];
    const email = `trung${uid()}@test.vn`;
    const rows = [
      [own, "Người Đúng", `dung${uid()}@test.vn`, "Cán bộ"],
      [sibling, "Xã Bên Cạnh", `bc${uid()}@test.vn`, "Cán bộ"],
      [other, "Tỉnh Khác", `tk${uid()}@test.vn`, "Cán bộ"],
      [own, "Tự Phong", `tp${uid()}@test.vn`, "Chủ tịch"],
      [own, "Hai Lần", email, "Cán bộ"],
      [own, "Hai Lần", email, "Cán bộ"],
      [own, "Vai Lạ", `vl${uid()}@test.vn`, "giám đốc"],
      ["999999999", "Mã Lạ", `ml${uid()}@test.vn`, "Cán bộ"],
    ];
    // Invitations to the sheet's addresses, in any unit (not every invitation: other files run at the same time).
    const invitationsOfSheet = () => db().invitation.count({ where: { email: { in: rows.map((r) => r[2]!) } } });
    const outcome = await importAccounts(commune, await sheet(rows));
    expect(outcome.results).toEqual([]);
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "Mã đơn vị"],
      [4, "Mã đơn vị"],
      [5, "Vai trò"],
      [7, "Thư điện tử"],
      [8, "Vai trò"],
      [9, "Mã đơn vị"],
    ]);
    // A code of another unit and a code of no unit read the same.
    expect(outcome.errors[1]!.message.replace(other, "X")).toBe(outcome.errors[5]!.message.replace("999999999", "X"));
    expect(outcome.errors[2]!.message).toContain("đơn vị cấp trên");
    expect(await invitationsOfSheet()).toBe(0);
  });

  it("refuses what is not an .xlsx", async () => {
    const tree = await createTree();
    const admin = await createActor(tree.c1, ["ADMIN"]);
    const outcome = await importAccounts(admin, new TextEncoder().encode("Mã đơn vị,Họ và tên\n1,A"));
    expect(outcome.errors[0]!.message).toContain(".xlsx");
  });
});
