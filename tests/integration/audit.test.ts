import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { createOrganisation, updateOrganisation, deleteOrganisation } from "@/server/data/organisations";
import { listAuditEntries } from "@/server/data/audit";
import { parseTableParams } from "@/lib/table-params";
import { createActor, createUnit } from "../support/factories";

const params = parseTableParams({}, { sortKeys: ["at"] as const, defaultSort: "at", defaultDir: "desc" });

describe("audit (issue 2, Audit)", () => {
  it("records who, when, which unit, what and before → after for every write, newest first", async () => {
    const unit = await createUnit("Xã Nhật Ký", "XA", null);
    const admin = await createActor(unit, ["ADMIN"]);
    const org = await createOrganisation(admin, { name: "Hội Nông dân", kind: "DOAN_THE", active: true });
    await updateOrganisation(
      admin,
      org.id,
      { name: "Hội Nông dân xã", kind: "DOAN_THE", active: true },
      org.rowVersion,
    );
    await deleteOrganisation(admin, org.id);
    const { rows, total } = await listAuditEntries(admin, params, { entity: "Organisation" });
    expect(total).toBe(3);
    expect(rows.map((r) => r.action)).toEqual(["DELETE", "UPDATE", "CREATE"]);
    expect(rows[1]).toMatchObject({
      actorName: admin.name,
      entityId: org.id,
      before: { name: "Hội Nông dân" },
      after: { name: "Hội Nông dân xã" },
    });
    expect((await listAuditEntries(admin, params, { action: "UPDATE" })).total).toBe(1);
  });

  it("is append-only: the database refuses to change or delete history", async () => {
    const unit = await createUnit("Xã Bất Biến", "XA", null);
    const admin = await createActor(unit, ["ADMIN"]);
    await createOrganisation(admin, { name: "Đoàn Thanh niên", kind: "DOAN_THE", active: true });
    await expect(db().auditEntry.updateMany({ where: { unitId: unit.id }, data: { entity: "X" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().auditEntry.deleteMany({ where: { unitId: unit.id } })).rejects.toThrow(/append-only/);
    expect(await db().auditEntry.count({ where: { unitId: unit.id, entity: "Organisation" } })).toBe(1);
  });

  it("a refused write leaves no trace: nothing saved, nothing logged", async () => {
    const unit = await createUnit("Xã Trùng Tên", "XA", null);
    const admin = await createActor(unit, ["ADMIN"]);
    await createOrganisation(admin, { name: "Văn phòng", kind: "BO_PHAN", active: true });
    await expect(
      createOrganisation(admin, { name: "  Văn   phòng ", kind: "BO_PHAN", active: true }),
    ).rejects.toMatchObject({ kind: "conflict", fieldErrors: { name: "Tên này đã có trong đơn vị." } });
    expect(await db().organisation.count({ where: { unitId: unit.id } })).toBe(1);
    expect(await db().auditEntry.count({ where: { unitId: unit.id } })).toBe(1);
  });
});
