/**
 * Loads the national list of administrative units (official CSV export) and/or a succession list
 * (old code, new code, effective date, resolution) into the database: the operator page's import
 * (src/server/units/unit-import.ts), from the shell. Prints what would change; `--yes` applies it.
 *
 *   npm run import-units -- [danh-muc.csv] [--succession=ke-thua.csv] [--valid-from=YYYY-MM-DD]
 *                           [--valid-to=YYYY-MM-DD] [--yes]
 *
 * Three-level lists (before 1/7/2025) are stored as ending 30/6/2025; two-level lists as starting
 * 1/7/2025; the flags override that. Uses DATABASE_URL, or the embedded server (.data/); needs no
 * other variable (the cookie secret the app's configuration checks is the checkout's own).
 */
import fs from "node:fs";
import { prepareDatabase } from "./db/prepare";
import { useAppSecret } from "./app-env";
import type { ImportPreview } from "../src/server/units/unit-import";

const USAGE =
  "Cách dùng: npm run import-units -- [danh-muc.csv] [--succession=ke-thua.csv] [--valid-from=YYYY-MM-DD] [--valid-to=YYYY-MM-DD] [--yes]";

const vi = (iso: string) => iso.split("-").reverse().join("/");

/** A section of the preview: its count and its first lines. */
function section(title: string, lines: string[], max = 20): string[] {
  if (lines.length === 0) return [];
  const more = lines.length > max ? [`  … và ${lines.length - max} dòng khác`] : [];
  return [`${title}: ${lines.length}`, ...lines.slice(0, max).map((l) => `  ${l}`), ...more];
}

function previewLines(p: ImportPreview): string[] {
  const out: string[] = [];
  if (p.list) {
    out.push(`Danh mục ${p.listFormat === "BA_CAP" ? "ba cấp" : "hai cấp"}: ${p.list.unchanged} đơn vị không đổi.`);
    out.push(
      ...section(
        "Thêm",
        p.list.added.map((u) => `${u.code} ${u.name}`),
      ),
    );
    out.push(
      ...section(
        "Đổi tên",
        p.list.renamed.map((u) => `${u.code} ${u.from} → ${u.to}`),
      ),
    );
    out.push(
      ...section(
        "Đổi cấp trên",
        p.list.moved.map((u) => `${u.code} ${u.name}: ${u.fromParent ?? "—"} → ${u.toParent ?? "—"}`),
      ),
    );
    out.push(
      ...section(
        "Kết thúc",
        p.list.ended.map((u) => `${u.code} ${u.name} (đến hết ${vi(u.validTo)})`),
      ),
    );
  }
  const s = p.succession;
  if (s) {
    out.push(`Danh sách kế thừa: ${s.unchanged} liên kết đã có.`);
    const via = (x: { effectiveOn: string; resolution: string }) => `từ ${vi(x.effectiveOn)}, NQ ${x.resolution}`;
    out.push(
      ...section(
        "Sáp nhập vào",
        s.merged.map((m) => `${m.predecessors.map((u) => u.name).join(", ")} → ${m.successor.name} (${via(m)})`),
      ),
    );
    out.push(
      ...section(
        "Chia tách",
        s.split.map((m) => `${m.predecessor.name} → ${m.successors.map((u) => u.name).join(", ")} (${via(m)})`),
      ),
    );
    out.push(
      ...section(
        "Kế thừa một – một",
        s.succeeded.map((m) => `${m.predecessor.name} → ${m.successor.name} (${via(m)})`),
      ),
    );
    out.push(
      ...section(
        "Kết thúc",
        s.ended.map((u) => `${u.code} ${u.name} (đến hết ${vi(u.validTo)})`),
      ),
    );
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? null;
  const listFile = argv.find((a) => !a.startsWith("--"));
  const successionFile = flag("succession");
  if (!listFile && !successionFile) {
    console.error(USAGE);
    return 2;
  }
  const read = (file: string | null | undefined) => (file ? fs.readFileSync(file, "utf8") : null);
  const files = {
    listCsv: read(listFile),
    successionCsv: read(successionFile),
    validity:
      flag("valid-from") || flag("valid-to") ? { validFrom: flag("valid-from"), validTo: flag("valid-to") } : null,
  };
  useAppSecret(); // the app's env() validates it even though a CLI sets no cookie
  const db = await prepareDatabase({ seed: false });
  try {
    // Imported after prepareDatabase so the app's db client sees the DATABASE_URL it sets.
    const { applyUnitImport, prepareUnitImport, UnitImportRefused } = await import("../src/server/units/unit-import");
    const printErrors = (errors: { file: string; line: number; message: string }[]) => {
      for (const e of errors.slice(0, 50))
        console.error(`${e.file === "list" ? listFile : successionFile}, dòng ${e.line}: ${e.message}`);
      console.error(`${errors.length} lỗi; không có thay đổi nào.`);
    };
    const prepared = await prepareUnitImport(files);
    for (const line of previewLines(prepared.preview)) console.log(line);
    if (prepared.errors.length) {
      printErrors(prepared.errors);
      return 1;
    }
    if (!argv.includes("--yes")) {
      console.log("Chưa thay đổi gì. Chạy lại với --yes để nạp.");
      return 0;
    }
    try {
      const outcome = await applyUnitImport(files, {
        userId: null,
        onProgress: async (done, total) => {
          process.stderr.write(`\rĐã xử lý ${done}/${total}`);
        },
      });
      process.stderr.write("\n");
      console.log(
        `Đã nạp: thêm ${outcome.created}, cập nhật ${outcome.updated}, không đổi ${outcome.unchanged} đơn vị; ` +
          `thêm ${outcome.linksCreated}, cập nhật ${outcome.linksUpdated} liên kết kế thừa.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof UnitImportRefused)) throw error;
      printErrors(error.errors);
      return 1;
    }
  } finally {
    await db.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
