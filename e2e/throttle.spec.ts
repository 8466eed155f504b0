import { expect, test, DEMO_PASSWORD } from "./fixtures";
import { e2ePort } from "./port";

const port = e2ePort();
const instances = [`http://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`];

/**
 * The throttle lives in PostgreSQL, so failures counted by one app instance stop the next attempt
 * on the other. The load balancer's X-Real-IP gives this test its own client address.
 */
test("10 failures across two app instances refuse the 11th attempt, even with the right password", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-real-ip": "203.0.113.77" } });
  const page = await context.newPage();
  const attempt = async (base: string, password: string) => {
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel("Thư điện tử").fill("hoidong.cole@thidua.vn");
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
  };
  for (let i = 0; i < 10; i++) {
    await attempt(instances[i % 2]!, `sai-${i}`);
    await expect(page.getByText("Thư điện tử hoặc mật khẩu không đúng.")).toBeVisible();
  }
  await attempt(instances[1]!, DEMO_PASSWORD);
  await expect(page.getByText(/Đăng nhập sai quá 10 lần trong 15 phút/)).toBeVisible();
  await attempt(instances[0]!, DEMO_PASSWORD);
  await expect(page.getByText(/Đăng nhập sai quá 10 lần trong 15 phút/)).toBeVisible();
  await context.close();
});
