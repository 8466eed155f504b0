/**
 * Issue 14 point 7: failures say what happened. A download answers 404 only for what does not
 * exist or is not the user's; a recorded file whose bytes are lost, a document that cannot be made
 * in its state, a database out of reach each get their own answer; the configuration is checked
 * before the server starts, naming the variable.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { conflict, DATABASE_UNREACHABLE_MESSAGE, forbidden, notFound } from "@/domain/errors";
import { configurationProblems } from "@/env";
import { failureResponse } from "@/server/actions/download-failure";
import { db } from "@/server/db/client";
import { databaseAnswers } from "@/server/data/health";
import { isDatabaseUnreachable } from "@/server/data/unreachable";
import { StoredFileMissingError } from "@/server/storage/file-storage";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** A Prisma client pointed at a port nothing listens on: the errors of a database that is down. */
async function errorsOfADownDatabase(): Promise<unknown[]> {
  const down = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://x:y@127.0.0.1:1/thidua" }) });
  const errors = await Promise.all([
    down.user.findFirst().catch((e: unknown) => e),
    down.$queryRaw`select 1`.catch((e: unknown) => e),
    down.$transaction(async (tx) => tx.user.count()).catch((e: unknown) => e),
  ]);
  await down.$disconnect();
  return errors;
}

describe("a database out of reach is told apart", () => {
  it("recognises Prisma's errors when the server is down, and no other error", async () => {
    for (const error of await errorsOfADownDatabase()) expect(isDatabaseUnreachable(error)).toBe(true);
    const duplicate = await db()
      .$executeRawUnsafe(`select 1/0`)
      .catch((e: unknown) => e);
    expect(isDatabaseUnreachable(duplicate)).toBe(false);
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnreachable(notFound())).toBe(false);
  });

  it("the error screen's check: the test database answers", async () => {
    expect(await databaseAnswers()).toBe(true);
  });
});

describe("download answers", () => {
  const answer = async (error: unknown) => {
    const response = failureResponse(error);
    return { status: response.status, text: await response.text() };
  };

  it("404 only for what does not exist or is not the user's; the others say what happened", async () => {
    expect(await answer(notFound())).toEqual({ status: 404, text: "Không tìm thấy tệp, hoặc bạn không có quyền xem." });
    expect((await answer(forbidden())).status).toBe(403);
    const revoked = conflict("Mọi khen thưởng của quyết định này đã bị thu hồi: không còn giấy khen để in.");
    expect(await answer(revoked)).toEqual({ status: 409, text: revoked.message });
    const lost = await answer(new StoredFileMissingError("dossiers/a/b/c.pdf"));
    expect(lost.status).toBe(410);
    expect(lost.text).toMatch(/^Tệp đã được ghi nhận nhưng không còn trong kho lưu trữ/);
    const [down] = await errorsOfADownDatabase();
    expect(await answer(down)).toEqual({ status: 503, text: DATABASE_UNREACHABLE_MESSAGE });
    const other = await answer(new TypeError("x is undefined"));
    expect(other.status).toBe(500);
    expect(other.text).toMatch(/^Có lỗi không mong muốn khi tạo tệp \(mã tham chiếu [0-9a-f]{8}\)\.$/);
  });
});

describe("configuration checked at start", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("names each variable that is missing or wrong", () => {
    expect(configurationProblems({})).toEqual(["DATABASE_URL: chưa được đặt", "AUTH_SECRET: chưa được đặt"]);
    const valid = { DATABASE_URL: "postgresql://h/db", AUTH_SECRET: "x".repeat(32) };
    expect(configurationProblems(valid)).toEqual([]);
    const problems = configurationProblems({ ...valid, S3_ENDPOINT: "minio:9000", PORT: "ba nghìn" });
    expect(problems.map((p) => p.split(":")[0])).toEqual(["PORT", "S3_ENDPOINT"]);
    expect(problems).toContain("S3_ENDPOINT: S3_ENDPOINT phải là một URL http:// hoặc https://");
  });

  it("the server's start hook (next start) refuses a missing DATABASE_URL", async () => {
    delete process.env.DATABASE_URL;
    vi.resetModules(); // src/env.ts keeps the configuration it validated first
    const { register } = await import("@/instrumentation");
    await expect(register()).rejects.toThrow("Cấu hình không hợp lệ: DATABASE_URL: chưa được đặt");
  });

  it("npm start refuses to start, naming the variable, before any database or build", () => {
    const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
      cwd: ROOT,
      // An unreachable database too: were the check to pass, the command would stop there, not build.
      env: {
        ...saved,
        DATABASE_URL: "postgresql://x:y@127.0.0.1:1/none",
        AUTH_SECRET: "x".repeat(32),
        S3_ENDPOINT: "minio:9000",
      },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "Cấu hình không hợp lệ, không khởi động:\n  S3_ENDPOINT: S3_ENDPOINT phải là một URL http:// hoặc https://",
    );
    expect(run.stdout).not.toContain("[db]");
  });
});
