import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Thi đua – Khen thưởng", template: "%s · Thi đua – Khen thưởng" },
  description: "Quản lý phong trào thi đua và khen thưởng của chính quyền địa phương",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, never prerendered: its scripts must carry this request's CSP
  // nonce (src/proxy.ts), which a page built ahead of time could not know.
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
