/**
 * Award quotas (chỉ tiêu, "phân bổ số lượng khen thưởng"). The issuing unit allocates each award
 * form's quota — and its sub-quotas by category — to the units below; allocations never exceed the
 * plan's numbers (issue "Nominations…", Quotas; seed 002: "Phòng Nội vụ … phân bổ số lượng khen
 * thưởng theo quy định"). A unit cannot propose more nominees than it was allocated, and at
 * acceptance the plan's total is never exceeded. Pure.
 */
export type FormQuota = { quota: number | null; subQuotas: { category: string; quota: number }[] };
export type Allocation = { unitId: string; category: string; quantity: number };
export type Problem = { message: string };

export function allocationProblems(form: FormQuota, allocations: Allocation[]): Problem[] {
  const problems: Problem[] = [];
  if (form.quota === null) return [{ message: "Hình thức này không giới hạn số lượng nên không cần phân bổ." }];
  for (const a of allocations) {
    if (a.quantity < 0 || !Number.isInteger(a.quantity))
      problems.push({ message: "Số lượng phân bổ phải là số nguyên không âm." });
    if (a.category && !form.subQuotas.some((q) => q.category === a.category))
      problems.push({ message: `Nhóm "${a.category}" không có trong kế hoạch.` });
  }
  const total = allocations.reduce((s, a) => s + a.quantity, 0);
  if (total > form.quota)
    problems.push({ message: `Tổng phân bổ (${total}) vượt số lượng khen thưởng của kế hoạch (${form.quota}).` });
  for (const q of form.subQuotas) {
    const inCategory = allocations.filter((a) => a.category === q.category).reduce((s, a) => s + a.quantity, 0);
    if (inCategory > q.quota)
      problems.push({
        message: `Phân bổ cho nhóm "${q.category}" (${inCategory}) vượt chỉ tiêu của nhóm (${q.quota}).`,
      });
  }
  return problems;
}

/**
 * How many nominees a unit may still propose for a form (per category). `allocated` null means
 * no limit (the form has no quota); a unit with no allocation of a limited form may propose none,
 * except the issuing unit proposing for its own form, bounded by the plan's quota.
 */
export function remainingForUnit(args: {
  formQuota: number | null;
  allocated: number | null;
  alreadyProposed: number;
}): number | null {
  if (args.formQuota === null) return null;
  const limit = args.allocated ?? 0;
  return Math.max(0, limit - args.alreadyProposed);
}

export function submissionProblems(args: {
  formQuota: number | null;
  allocated: number | null;
  alreadyProposed: number;
  inBatch: number;
}): Problem[] {
  const remaining = remainingForUnit(args);
  if (remaining === null || args.inBatch <= remaining) return [];
  return [
    {
      message: `Vượt số lượng được phân bổ: đơn vị được đề nghị ${args.allocated ?? 0}, đã đề nghị ${args.alreadyProposed}, tờ trình này có ${args.inBatch}.`,
    },
  ];
}

/** At acceptance: the plan's total for the form is never exceeded, whatever units were allocated. */
export function acceptanceProblems(args: {
  formQuota: number | null;
  acceptedSoFar: number;
  inBatch: number;
}): Problem[] {
  return planQuotaProblems({
    formQuota: args.formQuota,
    counted: args.acceptedSoFar,
    adding: args.inBatch,
    step: "ACCEPT",
  });
}

const STEP_WORDS = {
  ACCEPT: ["đã chấp nhận", "tờ trình này có"],
  APPROVE: ["đã phê duyệt", "phê duyệt thêm"],
  DECIDE: ["đã có quyết định", "quyết định này có"],
} as const;

/**
 * The plan's number for a form is never passed, at whichever step counts against it: the
 * reviewer's acceptance, the chairperson's approval, the decision (the plan's "số lượng").
 */
export function planQuotaProblems(args: {
  formQuota: number | null;
  counted: number;
  adding: number;
  step: keyof typeof STEP_WORDS;
}): Problem[] {
  if (args.formQuota === null || args.counted + args.adding <= args.formQuota) return [];
  const [done, now] = STEP_WORDS[args.step];
  return [
    {
      message: `Vượt tổng số lượng khen thưởng của kế hoạch: ${args.formQuota}, ${done} ${args.counted}, ${now} ${args.adding}.`,
    },
  ];
}

/**
 * "Phê duyệt tất cả người đạt": all the form's pending nominees at once, or none of them. When they
 * do not fit in what the plan's number leaves, the chair is told by how many they exceed it, so he
 * knows how many to leave out (the plan's "số lượng", as for one approval).
 */
export function approveAllProblem(args: { formQuota: number | null; approved: number; adding: number }): string | null {
  if (args.formQuota === null || args.approved + args.adding <= args.formQuota) return null;
  const left = Math.max(0, args.formQuota - args.approved);
  const over = args.approved + args.adding - args.formQuota;
  return `Không phê duyệt được cả ${args.adding} người, tập thể: số lượng của kế hoạch là ${args.formQuota}, đã phê duyệt ${args.approved}, còn ${left}; phê duyệt tất cả sẽ vượt ${over}. Chưa phê duyệt ai: hãy phê duyệt từng người trong số lượng còn lại.`;
}
