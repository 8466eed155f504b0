import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/server/auth/client-address";

/**
 * Per-address sign-in throttling without a trusted proxy (issue 14, point 8): the address is the
 * socket's, stamped by the preload `npm start` gives the server (scripts/peer-address.mjs), and
 * no header a client sends can change it. The server here is a plain node HTTP server with the
 * same preload, answering with the header the app would read.
 */

const hook = pathToFileURL(path.resolve("scripts/peer-address.mjs")).href;
let server: ReturnType<typeof spawn>;
let port = 0;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    [
      `--import=${hook}`,
      "-e",
      `require("node:http").createServer((q, r) => r.end(String(q.headers["x-thidua-peer-address"])))
         .listen(0, "127.0.0.1", function () { console.log(this.address().port); });`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  port = await new Promise<number>((resolve) => server.stdout!.once("data", (d: Buffer) => resolve(Number(String(d)))));
});
afterAll(() => {
  server.kill();
});

describe("the client address when no proxy is trusted", () => {
  it("is the socket's address, whatever the client claims", async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/dang-nhap`, {
      headers: { "x-thidua-peer-address": "203.0.113.9", "x-forwarded-for": "198.51.100.1", "x-real-ip": "192.0.2.7" },
    });
    expect(await answer.text()).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it("is what the app reads for throttling with TRUST_PROXY unset (the proxy headers are ignored)", () => {
    expect(process.env.TRUST_PROXY ?? "0").toBe("0");
    const headers = new Headers({ "x-thidua-peer-address": "192.0.2.44", "x-forwarded-for": "198.51.100.1" });
    expect(clientAddress(headers)).toBe("192.0.2.44");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.1" }))).toBeNull();
  });
});
