import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/**
 * Issue 14 point 3: every response carries the security headers, and the app's pages work under
 * their nonce-based Content-Security-Policy — no violation reported, and the client scripts run.
 */

/** Every violation the browser reports, from the console and from the page's own event. */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  // Injected by the browser's devtools protocol, so the policy does not apply to it.
  void page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return violations;
}

test("the sign-in page and the app's pages carry the headers and run with no CSP violation", async ({ page }) => {
  const violations = recordViolations(page);
  const response = (await page.goto("/dang-nhap"))!;
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined(); // plain HTTP here: HSTS only over HTTPS
  // A fresh nonce per response.
  const again = (await page.goto("/dang-nhap"))!;
  expect(again.headers()["content-security-policy"]).not.toBe(policy);

  await signInAs(page, "quantri.cole@thidua.vn");
  for (const path of ["/", "/nhan-su", "/to-chuc", "/ke-hoach", "/nhat-ky", "/lich-su-khen-thuong", "/danh-muc"]) {
    const visited = (await page.goto(path))!;
    expect(visited.status(), path).toBe(200);
    expect(visited.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // The client scripts run under the policy: the table's search box rewrites the address.
  await page.goto("/nhan-su");
  await page.getByLabel("Tìm kiếm").fill("Nguyễn");
  await expect(page).toHaveURL(/[?&]q=Nguy/);
  expect(violations).toEqual([]);
});

test("a NUL in the search or the address is answered, not a 500", async ({ page }) => {
  await signInAs(page, "quantri.cole@thidua.vn");
  const search = (await page.goto("/nhan-su?q=%00"))!;
  expect(search.status()).toBe(200);
  expect(page.url()).not.toContain("%00");
  const path = (await page.goto("/nhan-su/%00"))!;
  expect(path.status()).toBe(404);
});

test("static files carry the headers too", async ({ page, request }) => {
  await page.goto("/dang-nhap");
  const script = await page.locator("script[src]").first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a file over the limit is refused by its field before it is sent; a body over 11 MB gets 413, not a 500", async ({
  page,
  request,
}) => {
  await signInAs(page, "quantri.dinhdu@thidua.vn");
  await page.goto("/nhan-su/nhap-excel");
  let posted = false;
  page.on("request", (r) => {
    if (r.method() === "POST") posted = true;
  });
  await page.getByLabel("Tệp bảng tính (.xlsx)").setInputFiles({
    name: "lon-qua.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.alloc(3 * 1024 * 1024),
  });
  await page.getByRole("button", { name: "Nhập danh sách" }).click();
  await expect(page.getByText("Tệp lớn hơn 2 MB.")).toBeVisible();
  expect(posted).toBe(false);

  // Whoever posts without the form: answered from the declared length, before the body is read.
  const big = await request.post("/nhan-su/nhap-excel", {
    headers: { "Next-Action": "0".repeat(40), "Content-Type": "application/octet-stream" },
    data: Buffer.alloc(12 * 1024 * 1024),
  });
  expect(big.status()).toBe(413);
  expect(await big.text()).toBe("Tệp lớn hơn 10 MB.");
});
