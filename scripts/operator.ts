/**
 * The first account of an installation: a system operator (quản trị hệ thống), who then makes
 * each unit's first administrator from the browser (/he-thong).
 *
 *   npm run operator -- create --email vanhanh@tinh.gov.vn [--name "Nguyễn Văn A"]
 *
 * Prints a one-time link (valid 24 hours) to set the password; run it again for a new link. An
 * existing account with that email is made an operator. Uses DATABASE_URL, or the embedded
 * server (.data/), migrating it first, so it works on a fresh clone with nothing set. The link
 * starts with APP_URL, or http://localhost:$PORT (3000).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { prepareDatabase } from "./db/prepare";
import { useAppSecret } from "./app-env";

const USAGE = 'Cách dùng: npm run operator -- create --email <thư điện tử> [--name "Họ và tên"]';

const ZArgs = z.object({
  email: z.string().trim().toLowerCase().email("Thư điện tử không hợp lệ."),
  name: z.string().trim().min(2, "Họ và tên quá ngắn.").max(120).default("Quản trị hệ thống"),
});

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, name: { type: "string" } },
    allowPositionals: true,
    strict: false,
  });
  if (positionals[0] !== "create" || typeof values.email !== "string") {
    console.error(USAGE);
    return 2;
  }
  const args = ZArgs.safeParse(values);
  if (!args.success) {
    console.error(args.error.issues.map((i) => i.message).join(" "), `\n${USAGE}`);
    return 2;
  }
  useAppSecret(); // the app's env() validates it even though a CLI sets no cookie
  const db = await prepareDatabase({ seed: false, log: () => {} });
  try {
    // Imported after prepareDatabase so the app's db client sees the DATABASE_URL it sets.
    const { createOperatorFromShell } = await import("../src/server/data/operators");
    const { linkUrl } = await import("../src/server/auth/link-tokens");
    const made = await createOperatorFromShell(args.data);
    console.log(
      made.created
        ? `Đã tạo tài khoản quản trị hệ thống ${made.email}.`
        : `Tài khoản ${made.email} đã có; nay là quản trị hệ thống.`,
    );
    console.log(
      `Đặt mật khẩu (dùng một lần, hết hạn ${made.expiresAt.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}):`,
    );
    console.log(linkUrl(made.token));
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
