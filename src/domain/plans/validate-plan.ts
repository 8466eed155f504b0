import { periodEnd } from "./loose-date";

/**
 * Consistency rules of a plan that a form cannot check field by field. Pure; dates are ISO
 * yyyy-mm-dd strings, which compare correctly as strings, and deadlines and reviews may be loose
 * dates (loose-date.ts: a month or a year) that count from the END of the period they name. Each
 * problem names the field it belongs to, so the form shows it there.
 */
export type PlanProblem = { path: (string | number)[]; message: string };

const vi = (iso: string) => iso.split("-").reverse().join("/");

export type PlanDates = {
  kind: "ANNUAL" | "THEMATIC" | "PHASE";
  periodFrom: string;
  /** "Từ ngày ban hành": the start is not known before issue, so nothing is checked against it. */
  periodFromIssue?: boolean;
  periodTo: string;
  registrationDeadline?: string;
  dossierDeadline?: string;
  phases: { reviewDate: string }[];
};

/** Deadlines fall inside the period, in order; only multi-year phases have interim reviews. */
export function planDateProblems(p: PlanDates): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const from = p.periodFromIssue ? null : p.periodFrom;
  if (from && p.periodTo < from) problems.push({ path: ["periodTo"], message: "Ngày kết thúc phải sau ngày bắt đầu." });
  const inPeriod = (loose: string) => (!from || periodEnd(loose) >= from) && periodEnd(loose) <= p.periodTo;
  const period = `${from ? vi(from) : "ngày ban hành"} – ${vi(p.periodTo)}`;
  const within = (field: "registrationDeadline" | "dossierDeadline", label: string) => {
    const v = p[field];
    if (v && !inPeriod(v)) {
      problems.push({ path: [field], message: `${label} phải nằm trong thời gian thực hiện (${period}).` });
    }
  };
  within("registrationDeadline", "Hạn đăng ký");
  within("dossierDeadline", "Hạn nộp hồ sơ");
  if (p.registrationDeadline && p.dossierDeadline && periodEnd(p.dossierDeadline) < periodEnd(p.registrationDeadline)) {
    problems.push({ path: ["dossierDeadline"], message: "Hạn nộp hồ sơ phải sau hạn đăng ký." });
  }
  if (p.kind !== "PHASE" && p.phases.length) {
    problems.push({ path: ["phases"], message: "Chỉ kế hoạch giai đoạn mới có các đợt sơ kết, tổng kết." });
  }
  p.phases.forEach((ph, i) => {
    if (!inPeriod(ph.reviewDate)) {
      problems.push({ path: ["phases", i, "reviewDate"], message: "Ngày sơ kết/tổng kết phải nằm trong giai đoạn." });
    }
  });
  return problems;
}

/**
 * A quota split by category (e.g. 01 for departments, 02 for communes) never hands out more than
 * the quota itself; the allocation down the hierarchy (a later step) obeys the same total.
 */
export function quotaProblems(form: { quota?: number; subQuotas: { quota: number }[] }): PlanProblem[] {
  const sum = form.subQuotas.reduce((s, q) => s + q.quota, 0);
  if (form.subQuotas.length && form.quota === undefined)
    return [{ path: ["quota"], message: "Có phân nhóm thì phải có tổng số lượng." }];
  if (form.quota !== undefined && sum > form.quota) {
    return [{ path: ["subQuotas"], message: `Tổng các nhóm (${sum}) vượt số lượng khen thưởng (${form.quota}).` }];
  }
  return [];
}

/**
 * An award form given at a review of a multi-year phase names one of the plan's reviews; a form
 * that recurs at reviews needs the plan to have some (else it would have no round at all).
 */
export function phaseProblems(p: {
  phases: { name: string }[];
  awardForms: { phase: string; recurrence?: string; reviews?: string[] }[];
}): PlanProblem[] {
  const names = new Set(p.phases.map((ph) => ph.name.trim()));
  return p.awardForms.flatMap((f, i) => {
    if (f.phase && !names.has(f.phase))
      return [{ path: ["awardForms", i, "phase"], message: "Chọn một đợt sơ kết, tổng kết của kế hoạch." }];
    const unknown = f.reviews?.find((r) => !names.has(r));
    if (unknown !== undefined)
      return [
        {
          path: ["awardForms", i, "reviews"],
          message: `Kế hoạch không có đợt sơ kết, tổng kết "${unknown}": chọn lại các đợt được khen thưởng.`,
        },
      ];
    if ((f.recurrence === "AT_REVIEWS" || f.recurrence === "YEARLY_AND_REVIEWS") && names.size === 0)
      return [
        {
          path: ["awardForms", i, "recurrence"],
          message: "Kế hoạch chưa có đợt sơ kết, tổng kết nào: thêm đợt, hoặc chọn khen thưởng một lần hay hằng năm.",
        },
      ];
    return [];
  });
}
