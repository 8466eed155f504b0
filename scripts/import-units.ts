/**
 * Loads the national list of administrative units from the official CSV export into the database.
 *
 *   npm run import-units -- path/to/danh-muc.csv [--valid-from=YYYY-MM-DD] [--valid-to=YYYY-MM-DD]
 *
 * Three-level lists (before 1/7/2025) are stored as ending 30/6/2025; two-level lists as starting
 * 1/7/2025; the flags override that. Uses DATABASE_URL, or the embedded server (.data/).
 */
import fs from "node:fs";
import { prepareDatabase } from "./db/prepare";
import { useAppSecret } from "./app-env";

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Cách dùng: npm run import-units -- <tệp.csv> [--valid-from=YYYY-MM-DD] [--valid-to=YYYY-MM-DD]");
    return 2;
  }
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? null;
  useAppSecret(); // the app's env() validates it even though a CLI sets no cookie
  const db = await prepareDatabase({ seed: false });
  try {
    // Imported after prepareDatabase so the app's db client sees the DATABASE_URL it sets.
    const { importNationalUnitList } = await import("../src/server/units/import-national-list");
    const validity =
      flag("valid-from") || flag("valid-to") ? { validFrom: flag("valid-from"), validTo: flag("valid-to") } : undefined;
    const outcome = await importNationalUnitList(fs.readFileSync(file, "utf8"), validity);
    if (!outcome.ok) {
      for (const e of outcome.errors.slice(0, 50)) console.error(`dòng ${e.line}: ${e.message}`);
      console.error(`${outcome.errors.length} lỗi; không có đơn vị nào được nạp.`);
      return 1;
    }
    console.log(
      `Danh mục ${outcome.format === "BA_CAP" ? "ba cấp" : "hai cấp"}: thêm ${outcome.created}, cập nhật ${outcome.updated} đơn vị.`,
    );
    return 0;
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
