/**
 * Sub-quotas ("nhóm chỉ tiêu"): a plan's number for an award form split by kind of unit or
 * organisation, e.g. "03 tập thể, trong đó 01 ban, phòng, ngành và 02 xã, phường". Each group's
 * number is a ceiling in its own right, for every proposer (the issuing unit included) and at every
 * gate that counts against the plan: allocation, submission, acceptance, approval and signing.
 * The places the plan leaves outside its groups (total − Σ groups) form one more group, "Ngoài các
 * nhóm", so a nominee filed under no group cannot take a group's place either.
 *
 * Source: the plan's own text (its "số lượng", split "trong đó …"; domain.md step 5, seed 002). No
 * article of the law or the decrees checked in legal-facts.md sets or splits a number, so nothing here
 * is taken from one: the plan's groups are the rule. Pure: the data layer gathers the counts (src/server/data/nominations/quota-groups.ts) and asks here.
 */

export type QuotaGroup = { category: string; quota: number };
export type GroupedForm = { quota: number | null; subQuotas: QuotaGroup[] };
/** One group as a gate sees it: its key (the nominee's `category`), its name, and how many places it has. */
export type GroupPlaces = { category: string; label: string; places: number };
/** Of one group: nominees already counting at this gate, and those the step would add. */
export type GroupTally = { category: string; counted: number; adding: number };
export type GroupAllocation = { unitId: string; category: string; quantity: number };
export type Gate = "ALLOCATE" | "SUBMIT" | "ACCEPT" | "APPROVE" | "DECIDE";
export type Problem = { message: string };

export const OUTSIDE_GROUPS = "Ngoài các nhóm";

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Whether the form's number is split into groups at all (a form without a total has nothing to split). */
export const isGrouped = (form: GroupedForm): form is { quota: number; subQuotas: QuotaGroup[] } =>
  form.quota !== null && form.subQuotas.length > 0;

/** The plan's places: each group's number, and what the total leaves outside the groups. */
export function planGroupPlaces(form: GroupedForm): GroupPlaces[] {
  if (!isGrouped(form)) return [];
  const outside = Math.max(0, form.quota - sum(form.subQuotas.map((g) => g.quota)));
  return [
    ...form.subQuotas.map((g) => ({ category: g.category, label: g.category, places: g.quota })),
    { category: "", label: OUTSIDE_GROUPS, places: outside },
  ];
}

/**
 * The places one proposer holds in each group: what it was allocated there; the issuing unit, where
 * it allocated itself nothing in a group, what of that group it has not given to the units below.
 */
export function proposerGroupPlaces(
  form: GroupedForm,
  allocations: GroupAllocation[],
  proposer: { unitId: string; issuesThePlan: boolean },
): GroupPlaces[] {
  return planGroupPlaces(form).map((g) => {
    const inGroup = allocations.filter((a) => a.category === g.category);
    const own = inGroup.filter((a) => a.unitId === proposer.unitId);
    if (own.length || !proposer.issuesThePlan) return { ...g, places: sum(own.map((a) => a.quantity)) };
    const givenAway = sum(inGroup.map((a) => a.quantity));
    return { ...g, places: Math.max(0, g.places - givenAway) };
  });
}

/**
 * Places an allocation holds in each group: per unit, its allocation there or, if more, what it has
 * already proposed there (places already filed cannot be allocated away to someone else).
 */
export function allocationTallies(
  allocations: GroupAllocation[],
  proposed: { unitId: string; category: string; count: number }[],
): GroupTally[] {
  const held = new Map<string, number>();
  const keys = new Set([...allocations, ...proposed].map((r) => JSON.stringify([r.unitId, r.category])));
  for (const key of keys) {
    const [unitId, category] = JSON.parse(key) as [string, string];
    const allocated = sum(
      allocations.filter((a) => a.unitId === unitId && a.category === category).map((a) => a.quantity),
    );
    const filed = sum(proposed.filter((p) => p.unitId === unitId && p.category === category).map((p) => p.count));
    held.set(category, (held.get(category) ?? 0) + Math.max(allocated, filed));
  }
  return [...held].map(([category, adding]) => ({ category, counted: 0, adding }));
}

const NOW_WORDS: Record<Gate, string> = {
  ALLOCATE: "phân bổ và đã đề nghị",
  SUBMIT: "tờ trình này có",
  ACCEPT: "tờ trình này có",
  APPROVE: "phê duyệt thêm",
  DECIDE: "quyết định này có",
};

/**
 * Does this set of nominees fit the groups? `places` are the plan's (planGroupPlaces) or, with
 * `whose` "UNIT", one proposer's (proposerGroupPlaces); `tallies` what already counts at the gate and
 * what the step adds, per group. Every group the step adds to must keep counted + adding within its
 * places; a category the plan does not name is refused. Refusals name the group, e.g.
 * "Nhóm «Ban, phòng, ngành» đã đủ 1/1 chỉ tiêu; tờ trình này có 1."
 */
export function groupFitProblems(
  places: GroupPlaces[],
  tallies: GroupTally[],
  gate: Gate,
  whose: "PLAN" | "UNIT" = "PLAN",
): Problem[] {
  if (places.length === 0) return [];
  const problems: Problem[] = [];
  const named = places.filter((p) => p.category !== "").map((p) => p.label);
  for (const t of tallies) {
    if (t.adding <= 0) continue;
    const group = places.find((p) => p.category === t.category);
    if (!group) {
      problems.push({ message: `Nhóm «${t.category}» không có trong kế hoạch.` });
      continue;
    }
    if (t.counted + t.adding <= group.places) continue;
    if (group.category === "" && group.places === 0) {
      problems.push({
        message: `Chỉ tiêu của hình thức này chia theo nhóm (${named.map((n) => `«${n}»`).join(", ")}): mỗi người, tập thể phải thuộc một nhóm.`,
      });
      continue;
    }
    const now = `${NOW_WORDS[gate]} ${t.adding}`;
    const ofUnit = whose === "UNIT" ? " của đơn vị" : "";
    const state =
      gate === "ALLOCATE"
        ? ` có ${group.places} chỉ tiêu`
        : whose === "UNIT" && group.places === 0
          ? `: đơn vị không được phân bổ chỉ tiêu nào`
          : t.counted >= group.places
            ? ` đã đủ ${t.counted}/${group.places} chỉ tiêu${ofUnit}`
            : ` còn ${group.places - t.counted}/${group.places} chỉ tiêu${ofUnit}`;
    problems.push({ message: `Nhóm «${group.label}»${state}; ${now}.` });
  }
  return problems;
}

/** Tallies of a step: `counted` and `adding` per category, from the nominees' categories. */
export function tallies(counted: Map<string, number>, adding: string[]): GroupTally[] {
  const added = new Map<string, number>();
  for (const c of adding) added.set(c, (added.get(c) ?? 0) + 1);
  return [...added].map(([category, n]) => ({ category, counted: counted.get(category) ?? 0, adding: n }));
}
