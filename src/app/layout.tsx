import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Thi đua – Khen thưởng", template: "%s · Thi đua – Khen thưởng" },
  description: "Quản lý phong trào thi đua và khen thưởng của chính quyền địa phương",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
