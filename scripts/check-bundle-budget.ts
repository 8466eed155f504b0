/**
 * First-load JavaScript per route, gzip, from a production build (`next build` first):
 *   npx tsx scripts/check-bundle-budget.ts            the table; exit 1 if a route is over budget
 *   npx tsx scripts/check-bundle-budget.ts --report   the table only, always exit 0
 *
 * What a route's first load is, for Next 16 (Turbopack) builds: the framework's root chunks
 * (.next/build-manifest.json `rootMainFiles`, loaded by every page) plus the client chunks of the
 * route's own entries — its layouts, the page, and their loading/error/not-found boundaries — listed
 * under `entryJSFiles` in the route's client reference manifest
 * (.next/server/app/<route>/page_client-reference-manifest.js). Each file counts once (a chunk shared by
 * a layout and the page is downloaded once). Legacy polyfills (`polyfillFiles`, only for browsers without
 * ES modules) are left out, as the issue measures. Sizes: gzip level 9, the file as served.
 *
 * Budget: issue 15, point 4 — at most 130 kB (130 000 bytes) gzip on every route.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const BUDGET_BYTES = 130_000;
const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, ".next");

type Manifest = { entryJSFiles?: Record<string, string[]> };

/** The manifests assign `globalThis.__RSC_MANIFEST[page] = {...}`: run them in an empty context. */
function readClientManifest(file: string): Record<string, Manifest> {
  const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, Manifest> } = {};
  context.globalThis = context;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), context);
  return context.__RSC_MANIFEST ?? {};
}

function manifestsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || entry.name !== "page_client-reference-manifest.js") return [];
    return [path.join(entry.parentPath, entry.name)];
  });
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(NEXT, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** "/(app)/nhan-su/[id]/page" → "/nhan-su/[id]" (route groups are not in the URL). */
function routeOf(page: string): string {
  const route = page
    .replace(/\/page$/, "")
    .split("/")
    .filter((part) => !/^\(.*\)$/.test(part))
    .join("/");
  return route || "/";
}

export type RouteSize = { route: string; files: number; bytes: number };

export function measure(): RouteSize[] {
  const buildManifest = path.join(NEXT, "build-manifest.json");
  if (!fs.existsSync(buildManifest)) throw new Error("No .next/build-manifest.json: run `next build` first.");
  const root: string[] = JSON.parse(fs.readFileSync(buildManifest, "utf8")).rootMainFiles ?? [];
  const sizes: RouteSize[] = [];
  for (const file of manifestsUnder(path.join(NEXT, "server", "app"))) {
    for (const [page, manifest] of Object.entries(readClientManifest(file))) {
      const chunks = new Set([...root, ...Object.values(manifest.entryJSFiles ?? {}).flat()]);
      const js = [...chunks].filter((chunk) => chunk.endsWith(".js"));
      sizes.push({ route: routeOf(page), files: js.length, bytes: js.reduce((sum, f) => sum + gzipSize(f), 0) });
    }
  }
  return sizes.sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route));
}

function main(): number {
  const reportOnly = process.argv.includes("--report");
  const sizes = measure();
  if (sizes.length === 0) throw new Error("No client reference manifests under .next/server/app.");
  const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(6);
  const width = Math.max(...sizes.map((s) => s.route.length));
  console.log(`${"route".padEnd(width)}  files  first-load JS (kB gzip)`);
  for (const s of sizes) {
    const over = s.bytes > BUDGET_BYTES ? `  > ${BUDGET_BYTES / 1000} kB` : "";
    console.log(`${s.route.padEnd(width)}  ${String(s.files).padStart(5)}  ${kB(s.bytes)}${over}`);
  }
  const over = sizes.filter((s) => s.bytes > BUDGET_BYTES);
  console.log(
    `\n${sizes.length} routes; largest ${kB(sizes[0]!.bytes).trim()} kB, smallest ${kB(sizes.at(-1)!.bytes).trim()} kB; ` +
      `${over.length} over the ${BUDGET_BYTES / 1000} kB budget.`,
  );
  return over.length > 0 && !reportOnly ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
