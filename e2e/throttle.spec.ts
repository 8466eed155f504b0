import { expect, test, DEMO_PASSWORD } from "./fixtures";
import { e2ePort } from "./port";

const port = e2ePort();
const instances = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`];
const ACCOUNT = "hoidong.cole@thidua.vn";
const WRONG = "Thư điện tử hoặc mật khẩu không đúng.";
const WAIT = /Vui lòng đợi (\d+) giây/;

/**
 * The throttle lives in PostgreSQL, so failures counted by one app instance make the next attempt
 * wait on the other (issue 14, point 8: a growing delay, never a lock). Five failures are free,
 * then each makes the next attempt wait twice as long; an attempt made before the wait is over is
 * refused even with the right password, and once it is over the owner gets in. The load
 * balancer's X-Real-IP gives this test its own client address.
 */
test("failures on either instance make the next attempt wait on both, even with the right password; then the owner gets in", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ extraHTTPHeaders: { "x-real-ip": "203.0.113.77" } });
  const page = await context.newPage();
  /** Tries one password on one instance; answers the seconds to wait, or 0 for a checked wrong password. */
  const attempt = async (base: string, password: string) => {
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel("Thư điện tử").fill(ACCOUNT);
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    const message = page.getByText(new RegExp(`${WRONG}|Vui lòng đợi`));
    await expect(message).toBeVisible();
    return Number(WAIT.exec((await message.textContent()) ?? "")?.[1] ?? 0);
  };

  // Eight wrong passwords, alternating instances, each made once the previous wait is over.
  for (let failures = 0; failures < 8;) {
    const wait = await attempt(instances[failures % 2]!, `sai-${failures}`);
    if (wait) await page.waitForTimeout(wait * 1000 + 300);
    else failures++;
  }
  // The eighth failure makes the next attempt wait 8 s, on both instances, whatever the password.
  expect(await attempt(instances[1]!, DEMO_PASSWORD)).toBeGreaterThan(0);
  const wait = await attempt(instances[0]!, DEMO_PASSWORD);
  expect(wait).toBeGreaterThan(0);

  // No lock: once the wait is over, the right password signs in.
  await page.waitForTimeout(wait * 1000 + 300);
  await page.goto(`${instances[1]!}/dang-nhap`);
  await page.getByLabel("Thư điện tử").fill(ACCOUNT);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/dang-nhap/);
  await context.close();
});
