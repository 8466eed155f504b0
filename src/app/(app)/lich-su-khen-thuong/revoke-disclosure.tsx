"use client";

import dynamic from "next/dynamic";
import { useState } from "react";

// The form brings react-hook-form and zod; the award history loads them only when someone opens one.
const RevokeForm = dynamic(() => import("./revoke-form").then((m) => m.RevokeForm), {
  ssr: false,
  loading: () => <p className="mt-2 text-sm text-slate-700">Đang mở…</p>,
});

/** "Thu hồi" under an award: a disclosure whose form is fetched the first time it opens. */
export function RevokeDisclosure(props: { awardId: string; label: string; today: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="mt-1" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline">
        Thu hồi<span className="sr-only"> khen thưởng của {props.label}</span>
      </summary>
      {opened ? <RevokeForm {...props} /> : null}
    </details>
  );
}
