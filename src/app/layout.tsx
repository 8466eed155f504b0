import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { THEME_COLOUR } from "./brand";
import { SavedStatus } from "@/components/forms/saved-status";

export const metadata: Metadata = {
  title: { default: "Thi đua – Khen thưởng", template: "%s · Thi đua – Khen thưởng" },
  description: "Quản lý phong trào thi đua và khen thưởng của chính quyền địa phương",
  // The files are in public/ (drawn in icon.svg, rendered by scripts/make-icons.ts); the manifest is manifest.ts.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml", sizes: "any" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOUR };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, never prerendered: its scripts must carry this request's CSP
  // nonce (src/proxy.ts), which a page built ahead of time could not know.
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        {children}
        {/* The confirmation of every save, wherever the form is (components/forms/saved-status.tsx). */}
        <SavedStatus />
      </body>
    </html>
  );
}
