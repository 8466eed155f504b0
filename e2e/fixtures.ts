import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

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
 * Every spec uses this `test`: it records each page a test reaches and, after the test, opens
 * each of them again in a fresh tab of the same browser context and checks it with axe. So every
 * page the suite visits is checked, not only those a spec remembers to check mid-flow.
 */
export const test = base.extend<{ axeEveryPage: void }>({
  axeEveryPage: [
    async ({ context }, use) => {
      const visited = new Set<string>();
      const track = (page: Page) =>
        page.on("framenavigated", (frame) => {
          if (frame !== page.mainFrame()) return;
          const url = new URL(frame.url());
          if (url.protocol.startsWith("http") && !DOWNLOAD.test(url.pathname))
            visited.add(url.origin + url.pathname + url.search);
        });
      context.pages().forEach(track);
      context.on("page", track);
      await use();
      const checker = await context.newPage();
      for (const url of visited) {
        const response = await checker.goto(url);
        // A page the last signed-in user may no longer see answers 404: that page is checked too.
        if (response && response.status() < 500) await expectAccessible(checker);
      }
      await checker.close();
    },
    { auto: true },
  ],
});

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  // Signed in: "Đăng xuất" in the header, or on a phone the "Menu" button that folds it away
  // ("Menu, 3 việc cần làm" when there is work).
  await expect(page.getByRole("button", { name: /^(Đăng xuất$|Menu\b)/ }).first()).toBeVisible();
}
