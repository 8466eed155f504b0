/**
 * Makes the app's icons in public/ from the one drawing, public/icon.svg:
 * favicon.ico (16, 32 and 48 px), icon-192.png and icon-512.png (the web manifest), icon-maskable-512.png
 * and apple-touch-icon.png (180 px). Run it after changing the drawing and commit what it writes:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Rendered by the Chromium the e2e tests use (no image library to install, no network). The maskable
 * and Apple icons are drawn square, without the rounded corners: Android and iOS cut their own shape,
 * and iOS would fill transparent corners with black. The star stays within the maskable safe zone
 * (a circle of 40 % of the size around the centre).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const PUBLIC = path.resolve(import.meta.dirname, "..", "public");
const svg = fs.readFileSync(path.join(PUBLIC, "icon.svg"), "utf8");
const square = svg.replace(/ rx="\d+"/, "");

/** An .ico holding PNG images (Windows Vista and every current browser read PNG entries). */
function icoOf(pngs: { size: number; bytes: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, bytes }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(bytes.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += bytes.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.bytes)]);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage();
  const render = async (drawing: string, size: number) => {
    await page.setViewportSize({ width: size, height: size });
    const sized = drawing.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0">${sized}</body></html>`);
    return page.locator("svg").screenshot({ omitBackground: true, type: "png" });
  };
  const write = (name: string, bytes: Buffer) => {
    fs.writeFileSync(path.join(PUBLIC, name), bytes);
    console.log(`public/${name}: ${bytes.length} bytes`);
  };
  const small = [];
  for (const size of [16, 32, 48]) small.push({ size, bytes: await render(svg, size) });
  write("favicon.ico", icoOf(small));
  write("icon-192.png", await render(svg, 192));
  write("icon-512.png", await render(svg, 512));
  write("icon-maskable-512.png", await render(square, 512));
  write("apple-touch-icon.png", await render(square, 180));
  await browser.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
