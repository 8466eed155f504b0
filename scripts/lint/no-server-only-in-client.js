// ESLint rule: a client component ("use client") must not import — not even `import type` —
// a module that declares `import "server-only"`. Next.js would fail the build for a value import;
// a type import slips through the build but ties the browser's code to a server file, so a later
// value import there breaks the page. Resolves "@/…" and relative specifiers to files of this repo.
import fs from "node:fs";
import path from "node:path";

const SRC = path.resolve(import.meta.dirname, "..", "..", "src");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveFile(fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(SRC, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const ext of ["", ...EXTENSIONS]) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const serverOnlyCache = new Map();
function isServerOnly(file) {
  if (!serverOnlyCache.has(file)) {
    serverOnlyCache.set(file, /^\s*import\s+["']server-only["']/m.test(fs.readFileSync(file, "utf8")));
  }
  return serverOnlyCache.get(file);
}

export default {
  meta: {
    type: "problem",
    docs: { description: "Client components import no server-only module." },
    messages: {
      serverOnly:
        "'{{specifier}}' is a server-only module: a client component may not import it (move the shared type to src/schemas or src/domain).",
    },
    schema: [],
  },
  create(context) {
    const program = context.sourceCode.ast;
    const isClient = program.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    const check = (node) => {
      if (!node.source || typeof node.source.value !== "string") return;
      const file = resolveFile(context.filename, node.source.value);
      if (file && isServerOnly(file)) {
        context.report({ node, messageId: "serverOnly", data: { specifier: node.source.value } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
