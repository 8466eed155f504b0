import type { MetadataRoute } from "next";
import { THEME_COLOUR } from "./brand";

/**
 * The web manifest (served at /manifest.webmanifest, linked from every page by Next.js): what a phone
 * shows when an officer adds the app to the home screen. The icons are in public/, drawn once in
 * public/icon.svg and rendered by scripts/make-icons.ts.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Thi đua – Khen thưởng",
    short_name: "Thi đua",
    description: "Quản lý phong trào thi đua và khen thưởng của chính quyền địa phương",
    lang: "vi",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME_COLOUR,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
