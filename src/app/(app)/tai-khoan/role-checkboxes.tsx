"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { ROLES, ROLE_LABELS } from "@/domain/auth/permissions";

/** `checked`: the roles held, checked already in the server's HTML (an edit form arrives as saved). */
export function RoleCheckboxes({
  register,
  checked = [],
  error,
}: {
  register: UseFormRegisterReturn;
  checked?: readonly string[];
  error?: string;
}) {
  return (
    <fieldset className="space-y-1" aria-describedby="roles-loi">
      <legend className="text-sm font-medium text-slate-800">
        Vai trò trong đơn vị{" "}
        <span className="text-red-700" aria-hidden="true">
          *
        </span>
      </legend>
      {ROLES.map((role) => (
        <div key={role} className="flex items-center gap-2">
          <input
            id={`role-${role}`}
            type="checkbox"
            value={role}
            className="h-4 w-4"
            defaultChecked={checked.includes(role)}
            {...register}
          />
          <label htmlFor={`role-${role}`} className="text-sm">
            {ROLE_LABELS[role]}
          </label>
        </div>
      ))}
      <p id="roles-loi" className="min-h-4 text-sm text-red-700">
        {error ?? ""}
      </p>
    </fieldset>
  );
}
