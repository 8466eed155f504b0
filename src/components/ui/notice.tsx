import type { ReactNode } from "react";

const TONES = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-blue-300 bg-blue-50 text-blue-900",
} as const;

/** A message box; errors are announced (role=status keeps Next's route announcer the only "alert" landmark-less region). */
export function Notice({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}
      data-tone={tone}
    >
      {children}
    </div>
  );
}
