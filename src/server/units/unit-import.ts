import "server-only";
import { db, type Tx } from "@/server/db/client";
import { parseNationalUnitList, type NationalListFormat } from "@/domain/units/national-list-csv";
import { looksLikeSuccessionList, parseSuccessionList, type SuccessionRow } from "@/domain/units/succession-csv";
import { resolveSuccession, summariseSuccession, type SuccessionSummary } from "@/domain/units/succession-links";
import { diffUnitList, unitsAfterList, type ListDiff, type StoredUnit } from "@/domain/units/list-preview";
import { toIsoDate } from "@/lib/dates";
import { upsertUnits, type UnitRecord } from "./upsert-units";
import { applySuccessionLinks, type UnitAuditChange } from "./apply-succession";

/**
 * The unit import, for the operator's page (as a job, import-job.ts) and the shell
 * (scripts/import-units.ts): the national list and/or a succession list are read, checked against
 * the database and previewed; applying runs in one transaction, checked again inside it, so any
 * error changes nothing and loading the same files twice changes nothing the second time.
 * Installation-wide, not tenant-scoped: only the system operator (or the shell) calls it.
 */

export type ImportFiles = {
  listCsv?: string | null;
  successionCsv?: string | null;
  /** Overrides the validity the list's format implies (yyyy-mm-dd). */
  validity?: { validFrom: string | null; validTo: string | null } | null;
};

export type FileError = { file: "list" | "succession"; line: number; message: string };

export type ImportPreview = {
  listFormat: NationalListFormat | null;
  list: ListDiff | null;
  succession: SuccessionSummary | null;
};

export type PreparedImport = {
  errors: FileError[];
  preview: ImportPreview;
  /** Rows the apply step goes through: the list's units and the succession links. */
  total: number;
  records: UnitRecord[];
  rows: SuccessionRow[];
};

export type ImportOutcome = {
  listFormat: NationalListFormat | null;
  created: number;
  updated: number;
  unchanged: number;
  linksCreated: number;
  linksUpdated: number;
  /** Writes made (each audited); 0 when the files were already loaded. */
  changes: number;
};

/** Three-level lists describe units that ended with the reorganisation; two-level ones start with it. */
const ERA = {
  BA_CAP: { validFrom: null, validTo: "2025-06-30" },
  HAI_CAP: { validFrom: "2025-07-01", validTo: null },
} as const;

export class UnitImportRefused extends Error {
  constructor(readonly errors: FileError[]) {
    super(`${errors.length} lỗi; không có thay đổi nào.`);
  }
}

const iso = (d: Date | null) => (d ? toIsoDate(d) : null);

async function storedUnits(client: Tx): Promise<StoredUnit[]> {
  const rows = await client.unit.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      validFrom: true,
      validTo: true,
      parent: { select: { code: true } },
    },
  });
  return rows.map((u) => ({
    id: u.id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentCode: u.parent?.code ?? null,
    validFrom: iso(u.validFrom),
    validTo: iso(u.validTo),
  }));
}

async function storedLinks(client: Tx) {
  const rows = await client.unitSuccession.findMany({
    select: { predecessorId: true, successorId: true, effectiveOn: true, resolution: true },
  });
  return rows.map((l) => ({
    predecessorKey: l.predecessorId,
    successorKey: l.successorId,
    effectiveOn: toIsoDate(l.effectiveOn),
    resolution: l.resolution,
  }));
}

function readList(files: ImportFiles, errors: FileError[]) {
  if (!files.listCsv) return { format: null, records: [] };
  const parsed = parseNationalUnitList(files.listCsv);
  if (!parsed.format) {
    const swapped = looksLikeSuccessionList(files.listCsv);
    errors.push(
      ...(swapped
        ? [
            {
              line: 1,
              message: "Tệp này là danh sách kế thừa, không phải danh mục: hãy tải nó lên ở ô danh sách kế thừa.",
            },
          ]
        : parsed.errors
      ).map((e) => ({ file: "list" as const, ...e })),
    );
    return { format: null, records: [] };
  }
  errors.push(...parsed.errors.map((e) => ({ file: "list" as const, ...e })));
  const era = files.validity ?? ERA[parsed.format];
  const records: UnitRecord[] = parsed.units.map((u) => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    parentCode: u.parentCode,
    ...era,
  }));
  return { format: parsed.format, records };
}

/** Reads and checks the files against the database (or the transaction about to apply them). */
export async function prepareUnitImport(files: ImportFiles, client: Tx = db()): Promise<PreparedImport> {
  const errors: FileError[] = [];
  if (!files.listCsv && !files.successionCsv)
    errors.push({ file: "list", line: 0, message: "Chọn tệp danh mục đơn vị hành chính hoặc danh sách kế thừa." });
  const list = readList(files, errors);
  const parsedSuccession = files.successionCsv ? parseSuccessionList(files.successionCsv) : null;
  errors.push(...(parsedSuccession?.errors ?? []).map((e) => ({ file: "succession" as const, ...e })));
  const rows = parsedSuccession?.rows ?? [];
  const stored = await storedUnits(client);
  const preview: ImportPreview = {
    listFormat: list.format,
    list: list.format ? diffUnitList(list.records, stored) : null,
    succession: null,
  };
  let links = 0;
  if (parsedSuccession?.recognised) {
    const resolved = resolveSuccession(rows, unitsAfterList(list.records, stored), await storedLinks(client));
    errors.push(...resolved.errors.map((e) => ({ file: "succession" as const, ...e })));
    preview.succession = summariseSuccession(resolved.links);
    links = resolved.links.length;
  }
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { errors, preview, total: list.records.length + links, records: list.records, rows };
}

/**
 * Applies the files in one transaction (one import at a time, serialised by an advisory lock),
 * checking them again inside it, and audits every write as `userId` (null: the shell). `onProgress`
 * hears how many rows are done, from inside the transaction, for a caller that reports it elsewhere
 * (the job's row, the shell); `inTransaction` lets the job record its end in the same transaction.
 */
export async function applyUnitImport(
  files: ImportFiles,
  opts: {
    userId: string | null;
    onProgress?: (done: number, total: number) => Promise<void>;
    inTransaction?: (tx: Tx, outcome: ImportOutcome) => Promise<void>;
  },
): Promise<ImportOutcome> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('unit-import'))`;
      const prepared = await prepareUnitImport(files, tx);
      if (prepared.errors.length) throw new UnitImportRefused(prepared.errors);
      const progress = (offset: number) => async (done: number) => opts.onProgress?.(offset + done, prepared.total);
      const list = await upsertUnits(tx, prepared.records, { onProgress: progress(0) });
      // The list's new units now have ids: resolve the succession rows again, against them.
      const resolved = resolveSuccession(
        prepared.rows,
        unitsAfterList([], await storedUnits(tx)),
        await storedLinks(tx),
      );
      if (resolved.errors.length)
        throw new UnitImportRefused(resolved.errors.map((e) => ({ file: "succession" as const, ...e })));
      const linkChanges = await applySuccessionLinks(
        tx,
        resolved.links.map((l) => ({
          predecessorId: l.predecessor.key,
          successorId: l.successor.key,
          effectiveOn: l.effectiveOn,
          resolution: l.resolution,
        })),
        { onProgress: progress(prepared.records.length) },
      );
      const changes = [...list.changes, ...linkChanges];
      await auditUnitImport(tx, opts.userId, changes);
      const outcome: ImportOutcome = {
        listFormat: prepared.preview.listFormat,
        created: list.created,
        updated: list.updated,
        unchanged: list.unchanged,
        linksCreated: linkChanges.filter((c) => c.entity === "UnitSuccession" && c.action === "CREATE").length,
        linksUpdated: linkChanges.filter((c) => c.entity === "UnitSuccession" && c.action === "UPDATE").length,
        changes: changes.length,
      };
      await opts.inTransaction?.(tx, outcome);
      return outcome;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

/** The audit entries of an import's writes, by the operator (null from the shell), in its transaction. */
async function auditUnitImport(tx: Tx, userId: string | null, changes: UnitAuditChange[]) {
  const json = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as object));
  for (let i = 0; i < changes.length; i += 1000) {
    await tx.auditEntry.createMany({
      data: changes.slice(i, i + 1000).map((c) => ({
        actorUserId: userId,
        unitId: c.unitId,
        entity: c.entity,
        entityId: c.entityId,
        action: c.action,
        before: json(c.before),
        after: json(c.after),
      })),
    });
  }
}
