import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Cookie, type Page } from "@playwright/test";

export { expect };

export const DEMO_PASSWORD = "ThiDua@2024";

/** WCAG 2.1 AA, as the issue asks: no serious or critical violation on any page we visit. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** Files, not pages: nothing for axe to read. */
const DOWNLOAD = /\/(tai-ve|xuat-excel|in|mau-nhap|bien-ban|van-ban|giay-khen)$|\/tep\/|\/api\//;

/**
 * A page's kind: its path with record ids (and numbers) as placeholders, and only the names of its
 * query parameters. /ke-hoach/<id> of one plan and of another, or ?q=a and ?q=b, are one kind.
 */
function pageKind(url: URL): string {
  const path = url.pathname
    .split("/")
    .map((s) => (/^\d+$/.test(s) ? ":n" : s.length >= 20 && /\d/.test(s) && /^[\w-]+$/.test(s) ? ":id" : s))
    .join("/");
  const names = [...new Set(url.searchParams.keys())].sort().join("&");
  return names ? `${path}?${names}` : path;
}

/**
 * Kinds of page already checked with axe in this run, so each kind is checked once per run, not
 * after every test that passes through it: re-checking /dang-nhap, the board and the lists after
 * each of ~40 tests was most of the suite's axe time. The suite runs in two workers (processes), so
 * a checked kind is also written as a marker file in the run's output folder (emptied by Playwright
 * at the start of each run), where the other worker sees it.
 */
const checkedKinds = new Set<string>();
const markerOf = (outputDir: string, kind: string) =>
  path.join(outputDir, "axe-checked", createHash("sha256").update(kind).digest("hex").slice(0, 24));
function isChecked(outputDir: string, kind: string): boolean {
  if (checkedKinds.has(kind)) return true;
  if (!fs.existsSync(markerOf(outputDir, kind))) return false;
  checkedKinds.add(kind);
  return true;
}
function markChecked(outputDir: string, kind: string): void {
  checkedKinds.add(kind);
  const marker = markerOf(outputDir, kind);
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, kind);
}

/**
 * Every spec uses this `test`: it records each page a test reaches and, after the test, opens
 * each kind of page not checked yet again in a fresh tab of the same browser context and checks
 * it with axe. So every kind of page the suite visits is checked, not only those a spec
 * remembers to check mid-flow.
 */
export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ context }, use, testInfo) => {
      const outputDir = testInfo.project.outputDir;
      const visited = new Map<string, string>(); // kind → the first URL of it this test reached
      const track = (page: Page) =>
        page.on("framenavigated", (frame) => {
          if (frame !== page.mainFrame()) return;
          const url = new URL(frame.url());
          if (!url.protocol.startsWith("http") || DOWNLOAD.test(url.pathname)) return;
          const kind = pageKind(url);
          if (!isChecked(outputDir, kind) && !visited.has(kind))
            visited.set(kind, url.origin + url.pathname + url.search);
        });
      context.pages().forEach(track);
      context.on("page", track);
      await use();
      if (visited.size === 0) return;
      const checker = await context.newPage();
      for (const url of visited.values()) {
        // The other worker may have checked this kind since the test reached it.
        if (isChecked(outputDir, pageKind(new URL(url)))) continue;
        const response = await checker.goto(url);
        // A page the last signed-in user may no longer see answers 404: that page is checked too.
        if (response && response.status() < 500) await expectAccessible(checker);
        // Done is the kind the tab landed on, and only a page that answered 200: a 404, or /dang-nhap
        // sending a signed-in user to the board, leaves the kind reached for a later test to check.
        if (response?.ok()) markChecked(outputDir, pageKind(new URL(checker.url())));
      }
      await checker.close();
    },
    // Its own time, not the test's 60 s: the first test to reach many kinds of page checks them all.
    { auto: true, timeout: 180_000 },
  ],
});

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

/** Signed in: "Đăng xuất" in the header, or on a phone the "Menu" button that folds it away ("Menu, 3 việc cần làm" when there is work). */
const signedIn = (page: Page) => page.getByRole("button", { name: /^(Đăng xuất$|Menu\b)/ }).first();

/**
 * Signs in through the sign-in form and waits for the signed-in header. For the specs where
 * signing in is the thing under test. Patient: a first sign-in on a freshly started instance of a
 * loaded machine took over 10 s (password hashing, the action's first load), some over 30 s.
 */
export async function signInThroughForm(page: Page, email: string, { timeout = 30_000 } = {}) {
  await signIn(page, email);
  await expect(signedIn(page)).toBeVisible({ timeout });
}

/**
 * Each account's session cookies and landing page after its first sign-in in this worker. Signing
 * in through the form checks the password (bcrypt) and renders two pages; the suite signed in ~75
 * times, so a test where signing in is not what is tested takes the session the form gave earlier.
 */
const sessions = new Map<string, { cookies: Cookie[]; landing: string }>();

/**
 * Signs `page`'s browser context in as `email`: through the form the first time in this worker,
 * then with the session that gave. A session since signed out (its row deleted) sends the page to
 * /dang-nhap, and the form is used again. The context's other cookies go either way: signing in
 * as someone else starts from no session, as after "Đăng xuất".
 */
export async function signInAs(page: Page, email: string, { timeout = 30_000 } = {}) {
  const saved = sessions.get(email);
  if (saved) {
    await page.context().clearCookies();
    await page.context().addCookies(saved.cookies);
    await page.goto(saved.landing);
    if (!new URL(page.url()).pathname.startsWith("/dang-nhap")) {
      await expect(signedIn(page)).toBeVisible({ timeout });
      return;
    }
    sessions.delete(email);
  }
  await page.context().clearCookies();
  await signInThroughForm(page, email, { timeout });
  sessions.set(email, { cookies: await page.context().cookies(), landing: new URL(page.url()).pathname });
}
