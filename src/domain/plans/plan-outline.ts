import { formatLooseDate, precisionOf } from "./loose-date";
import type { PlanContent, PlanContentAwardForm, PlanDocument } from "./plan-content";
import {
  dash,
  formatDong,
  letter,
  numberLine,
  pad2,
  paragraphsOf,
  placeDate,
  roman,
  terminate,
  upper,
} from "@/domain/text/format";
import { formatViDate } from "@/lib/dates";
import { issuerInText, issuerLines, issuerOf, parentLine } from "./plan-issuer";
import { recipientKindWord } from "@/domain/labels";
import { inferRewardKind, planRewardLine } from "@/domain/awards/reward";
import { formatDayMonth, parseDayMonth, recursAtReviews, recursYearly } from "./rounds";

/**
 * What the "Kế hoạch phát động phong trào thi đua" says, already worded and numbered, in the
 * order Nghị định 30/2020/NĐ-CP (Phụ lục I) lays it out: the two-column header (issuing body |
 * national title), number and place-date, title, bases, Roman-numbered parts, the closing line,
 * and the recipients | signature block. The .docx (server/documents/plan-docx) and the web page
 * (components/documents/plan-document-view) only lay this out; neither words anything itself.
 *
 * Pure: no docx, React or database.
 */

/** A stretch of text; a "\n" inside `text` is a line break within the paragraph. */
export type OutlineRun = { text: string; bold?: boolean; italics?: boolean };

/**
 * One paragraph of a part. All are justified with a first-line indent in the document.
 * - subheading: "1. Mục đích", "a) Giấy khen…" (level 1, bold) or "Tiêu chuẩn đối với tập thể:"
 *   (level 2, bold italic, under a level-1 sub-heading); kept with the paragraph after it.
 * - bullet: a list line, already marked ("- …", or the user's own "+ ", "a) ", "1. ").
 * - paragraph: anything else.
 */
export type OutlineBlock =
  { kind: "subheading"; level: 1 | 2; runs: OutlineRun[] } | { kind: "paragraph" | "bullet"; runs: OutlineRun[] };

/** A Roman-numbered part: printed "{numeral}. {heading}", bold. */
export type OutlineSection = { numeral: string; heading: string; blocks: OutlineBlock[] };

export type PlanOutline = {
  header: {
    /** The governing body above the issuer ("UBND HUYỆN TRỰC NINH"), or null when not printed. */
    parentLine: string | null;
    /** Bold: ["ỦY BAN NHÂN DÂN", "THỊ TRẤN CỔ LỄ"] or ["PHÒNG NỘI VỤ"]; a short rule follows. */
    issuerLines: string[];
    /** "Số: 25/KH-UBND"; a draft leaves blanks ("Số:        /KH-UBND"). */
    numberLine: string;
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
    nation: string;
    /** "Độc lập - Tự do - Hạnh phúc", underlined by a rule as long as itself. */
    motto: string;
    /** Italic: "Hớn Quản, ngày 05 tháng 02 năm 2024" (blanks in a draft). */
    placeDate: string;
  };
  /** Centred, bold: "KẾ HOẠCH", then the title's lines. */
  title: { type: string; lines: string[] };
  /** The bases ("Căn cứ …;" … "… ."), then "<issuer> ban hành Kế hoạch … như sau:". */
  preamble: { bases: string[]; enactment: string };
  sections: OutlineSection[];
  /** "Trên đây là Kế hoạch phát động phong trào thi đua của …./." */
  closing: string;
  /** "Nơi nhận:" (bold italic), then lines as printed: "- Sở Nội vụ;" … "- Lưu: VT." */
  recipients: { label: string; lines: string[] };
  /** Centred, bold, upper-case authority and title lines; room to sign; then the name. */
  signature: { authority: string[]; title: string[]; name: string };
  /** Document properties: the title on one line, the subject, "Số: … — <issuer>". */
  meta: { title: string; subject: string; description: string };
};

// ---------------------------------------------------------------------------------------------
// Blocks

const para = (text: string, style: Omit<OutlineRun, "text"> = {}): OutlineBlock => ({
  kind: "paragraph",
  runs: [{ text, ...style }],
});
const bullet = (text: string): OutlineBlock => ({ kind: "bullet", runs: [{ text }] });
const sub = (text: string): OutlineBlock => ({ kind: "subheading", level: 1, runs: [{ text, bold: true }] });
const subsub = (text: string): OutlineBlock => ({
  kind: "subheading",
  level: 2,
  runs: [{ text, bold: true, italics: true }],
});
const bullets = (items: string[]) => items.map((s) => bullet(dash(s)));

type Part = { heading: string; blocks: OutlineBlock[] };

function purposesPart(p: PlanContent): Part {
  if (!p.requirements.length) return { heading: "MỤC ĐÍCH", blocks: bullets(p.purposes) };
  return {
    heading: "MỤC ĐÍCH, YÊU CẦU",
    blocks: [sub("1. Mục đích"), ...bullets(p.purposes), sub("2. Yêu cầu"), ...bullets(p.requirements)],
  };
}

function sloganPart(p: PlanContent): Part {
  const slogan = p.slogan.trim().replace(/^["“”]+|["“”]+$/gu, "");
  return { heading: "KHẨU HIỆU THI ĐUA", blocks: slogan ? [para(`“${slogan}”`, { bold: true, italics: true })] : [] };
}

function participantsPart(p: PlanContent): Part {
  const groups = [
    { label: "Đối với tập thể:", lines: p.participantCollectives },
    { label: "Đối với cá nhân:", lines: p.participantIndividuals },
  ].filter((g) => g.lines.length);
  return {
    heading: "ĐỐI TƯỢNG THI ĐUA",
    blocks: groups.flatMap((g, i): OutlineBlock[] =>
      g.lines.length === 1
        ? [{ kind: "paragraph", runs: [{ text: `${i + 1}. ${g.label} `, bold: true }, { text: g.lines[0]! }] }]
        : [sub(`${i + 1}. ${g.label}`), ...bullets(g.lines)],
    ),
  };
}

/** "trước ngày 15/12/2025", or "trong tháng 12/2025" / "trong năm 2025" where the plan gives no day. */
function deadlineWords(loose: string): string {
  return precisionOf(loose) === "DAY" ? `trước ngày ${formatLooseDate(loose)}` : `trong ${formatLooseDate(loose)}`;
}

function periodPart(p: PlanContent): Part {
  return {
    heading: "THỜI GIAN THỰC HIỆN",
    blocks: [
      para(
        `Thời gian thực hiện: từ ${p.periodFromIssue ? "ngày ban hành" : `ngày ${formatViDate(p.periodFrom)}`} đến ngày ${formatViDate(p.periodTo)}.`,
      ),
      ...(p.registrationDeadline ? [para(`Thời hạn đăng ký thi đua: ${deadlineWords(p.registrationDeadline)}.`)] : []),
      ...p.phases.map((ph) =>
        bullet(`- ${ph.name.replace(/[\s:;.]+$/u, "")}: ${formatLooseDate(ph.reviewDate, { withDay: true })}.`),
      ),
    ],
  };
}

type Form = PlanContentAwardForm;
const kindWord = (f: Form) => recipientKindWord(f.recipientKind);

/** Forms that print under one letter: same name, authority and conferral; collectives first. */
function formGroups(forms: Form[]): Form[][] {
  const groups = new Map<string, Form[]>();
  for (const f of forms) {
    const key = [f.name, f.authority, f.conferral, f.phase]
      .map((s) => s.trim().toLocaleLowerCase("vi-VN"))
      .join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((g) =>
    [...g].sort((a, b) => (a.recipientKind === b.recipientKind ? 0 : a.recipientKind === "COLLECTIVE" ? -1 : 1)),
  );
}

/** "Giấy khen của Chủ tịch UBND huyện" — the authority is added when the name doesn't say it. */
function formTitle(f: Form): string {
  const at = f.phase ? ` – khen thưởng dịp ${f.phase}` : "";
  if (f.conferral === "PROPOSED") return `${f.name} (đề nghị ${f.authority} xét tặng)${at}`;
  return `${f.name.toLocaleLowerCase("vi-VN").includes(f.authority.toLocaleLowerCase("vi-VN")) ? f.name : `${f.name} (${f.authority})`}${at}`;
}

/** "sơ kết giai đoạn 2021–2025 và tổng kết giai đoạn 2021–2030": reviews named as within a sentence. */
function reviewNames(names: string[]): string {
  const lower = names.map((n) => n.trim().replace(/^\p{Lu}/u, (c) => c.toLocaleLowerCase("vi-VN")));
  return lower.length > 1 ? `${lower.slice(0, -1).join(", ")} và ${lower.at(-1)}` : (lower[0] ?? "");
}

/**
 * When a form is given, as a plan words it after its numbers (rounds.ts): " hằng năm", " tại sơ kết …
 * và tổng kết …", both, or "" for a form given once. A form named after one review already says so
 * in its title ("– khen thưởng dịp …"), so its reviews are not repeated.
 */
function roundWords(f: Form, phases: PlanContent["phases"]): string {
  const r = f.recurrence ?? "ONCE";
  const words: string[] = [];
  if (recursYearly(r)) words.push("hằng năm");
  if (recursAtReviews(r) && !f.phase) {
    // Only the reviews the form is given at, when it lists some (rounds.ts): "tại tổng kết …".
    const names = phases
      .filter((ph) => !f.reviews?.length || f.reviews.includes(ph.name))
      .map((ph) => ph.name.replace(/[\s:;.]+$/u, ""))
      .filter(Boolean);
    words.push(names.length ? `tại ${reviewNames(names)}` : "tại các đợt sơ kết, tổng kết");
  }
  return words.length ? ` ${words.join(" và ")}` : "";
}

function awardsPart(p: PlanContent): Part {
  const groups = formGroups(p.awardForms);
  const blocks = groups.flatMap((g, i) => {
    const out: OutlineBlock[] = [sub(`${letter(i, groups.length)} ${formTitle(g[0]!)}`)];
    const counted = g.filter((f) => f.quota !== undefined);
    const whens = g.map((f) => roundWords(f, p.phases));
    // Said once at the end when the forms of the letter are given alike ("03 tập thể và 03 cá nhân hằng năm").
    const alike = whens.every((w) => w === whens[0]);
    const when = (f: Form) => (alike ? "" : roundWords(f, p.phases));
    if (counted.length && counted.every((f) => !f.subQuotas.length)) {
      const numbers = counted.map((f) => `${pad2(f.quota!)} ${kindWord(f)}${when(f)}`).join(" và ");
      out.push(bullet(`- Số lượng: ${numbers}${alike ? whens[0] : ""}.`));
    } else {
      for (const f of counted) {
        const split = f.subQuotas.map((q) => `${q.category}: ${pad2(q.quota)}`).join("; ");
        const each = `${pad2(f.quota!)} ${kindWord(f)}${roundWords(f, p.phases)}`;
        out.push(bullet(`- Số lượng: ${each}${split ? `, trong đó: ${split}` : ""}.`));
      }
    }
    // A form with no number still says when it is given, on a line of its own.
    if (!counted.length && alike) {
      if (whens[0]) out.push(bullet(`- Xét khen thưởng${whens[0]}.`));
    } else {
      for (const f of g.filter((x) => x.quota === undefined && roundWords(x, p.phases)))
        out.push(bullet(`- Xét khen thưởng ${kindWord(f)}${roundWords(f, p.phases)}.`));
    }
    for (const f of g) {
      const kind = f.rewardKind ?? inferRewardKind({ cashValue: f.cashValue, catalogueCode: null });
      const line = planRewardLine(kind, f.cashValue, f.giftDescription ?? "", f.recipientKind);
      if (line) out.push(bullet(line));
    }
    for (const f of g) out.push(subsub(`Tiêu chuẩn đối với ${kindWord(f)}:`), ...bullets(f.criteria));
    return out;
  });
  return { heading: "HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG", blocks };
}

function dossierLines(items: Form["dossier"]): OutlineBlock[] {
  return terminate(
    items.map((d) => `- ${d.name.trim()}${d.template.trim() ? ` (${d.template.trim()})` : ""} (${pad2(d.copies)} bản)`),
  ).map(bullet);
}

/**
 * The day-and-month rule of a form given again and again, as plans write it: "trước ngày 15/12 hằng
 * năm", or "… của năm sơ kết, tổng kết" for one given only at reviews (rounds.ts: the rule's day in
 * the review's year). Null for a form given once or without a rule: the plan's own deadline holds.
 */
function ruleWords(f: Form): string | null {
  const r = f.recurrence ?? "ONCE";
  const rule = r === "ONCE" ? null : parseDayMonth(f.roundDeadline ?? "");
  if (!rule) return null;
  return `trước ngày ${formatDayMonth(rule)} ${recursYearly(r) ? "hằng năm" : "của năm sơ kết, tổng kết"}`;
}

/**
 * "Thời hạn nộp hồ sơ: …": the plan's deadline, or the forms' yearly rule. Where both apply, or the
 * forms have different rules, each line names the forms it is for.
 */
function deadlineLines(p: PlanContent): OutlineBlock[] {
  const byRule = new Map<string, string[]>();
  for (const f of p.awardForms) {
    const words = ruleWords(f);
    if (words && !byRule.get(words)?.includes(f.name)) byRule.set(words, [...(byRule.get(words) ?? []), f.name]);
  }
  // The plan's deadline holds for the forms without a rule (and prints as before for a plan with no forms).
  const ruleless = !p.awardForms.length || p.awardForms.some((f) => !ruleWords(f));
  const planDeadline = p.dossierDeadline && ruleless ? p.dossierDeadline : null;
  const named = byRule.size > 1 || (byRule.size === 1 && planDeadline !== null);
  return [
    ...[...byRule].map(([words, names]) => para(`Thời hạn nộp hồ sơ${named ? ` ${names.join(", ")}` : ""}: ${words}.`)),
    ...(planDeadline
      ? [para(`Thời hạn nộp hồ sơ${named ? " các hình thức khác" : ""}: ${deadlineWords(planDeadline)}.`)]
      : []),
  ];
}

/** One list when every form asks for the same papers; otherwise a list per set of forms sharing one. */
function dossierPart(p: PlanContent): Part {
  const withDossier = p.awardForms.filter((f) => f.dossier.length);
  const key = (f: Form) => JSON.stringify(f.dossier.map((d) => [d.name.trim(), d.template.trim(), d.copies]));
  const lists = new Map<string, Form[]>();
  for (const f of withDossier) lists.set(key(f), [...(lists.get(key(f)) ?? []), f]);
  const blocks: OutlineBlock[] = [];
  if (lists.size === 1) blocks.push(...dossierLines(withDossier[0]!.dossier));
  else {
    // A form's name alone labels its list unless the same name has another list (then say for whom).
    const keysByName = new Map<string, Set<string>>();
    for (const f of withDossier) keysByName.set(f.name, (keysByName.get(f.name) ?? new Set()).add(key(f)));
    [...lists.values()].forEach((forms, i) => {
      const labels = [
        ...new Set(forms.map((f) => (keysByName.get(f.name)!.size > 1 ? `${f.name} (${kindWord(f)})` : f.name))),
      ];
      blocks.push(sub(`${letter(i, lists.size)} Đối với ${labels.join("; ")}:`), ...dossierLines(forms[0]!.dossier));
    });
  }
  blocks.push(...deadlineLines(p));
  return { heading: "HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", blocks };
}

function budgetPart(p: PlanContent): Part {
  const amount = p.budgetAmount ? [`Dự kiến kinh phí khen thưởng: ${formatDong(p.budgetAmount)}.`] : [];
  return {
    heading: "KINH PHÍ KHEN THƯỞNG",
    blocks: [...paragraphsOf(p.budgetSource), ...amount, ...paragraphsOf(p.rewardRules)].map((s) => para(s)),
  };
}

function dutiesPart(p: PlanContent): Part {
  return {
    heading: "TỔ CHỨC THỰC HIỆN",
    blocks: p.duties.flatMap((d, i) => [sub(`${i + 1}. ${d.assignee.trim()}`), ...bullets(d.tasks)]),
  };
}

// ---------------------------------------------------------------------------------------------

export const PLAN_SUBJECT = "Kế hoạch phát động phong trào thi đua";

export function planOutline(doc: PlanDocument): PlanOutline {
  const issuer = issuerOf(doc.issuer.name);
  const who = issuerInText(issuer);
  const number = numberLine(doc.number, doc.symbol);

  const sections = [
    purposesPart(doc),
    sloganPart(doc),
    { heading: "NỘI DUNG THI ĐUA", blocks: bullets(doc.contents) },
    participantsPart(doc),
    periodPart(doc),
    awardsPart(doc),
    dossierPart(doc),
    budgetPart(doc),
    dutiesPart(doc),
  ]
    .filter((part) => part.blocks.length)
    .map((part, i): OutlineSection => ({ numeral: roman(i + 1), ...part }));

  const caps = (s: string) => paragraphsOf(s).map(upper);
  return {
    header: {
      parentLine: doc.issuer.parentName?.trim() ? parentLine(doc.issuer.parentName) : null,
      issuerLines: issuerLines(issuer),
      numberLine: number,
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: placeDate(doc.place, doc.issuedOn, doc.periodFrom.slice(0, 4)),
    },
    title: { type: "KẾ HOẠCH", lines: paragraphsOf(doc.title) },
    preamble: {
      bases: terminate(doc.bases.map((b) => b.text.trim()).filter(Boolean)),
      enactment: `${who} ban hành Kế hoạch phát động phong trào thi đua như sau:`,
    },
    sections,
    closing: `Trên đây là Kế hoạch phát động phong trào thi đua của ${who}./.`,
    recipients: {
      label: "Nơi nhận:",
      lines: terminate(doc.recipients.map((r) => r.trim().replace(/^[-–—•+]\s*/u, ""))).map((r) => `- ${r}`),
    },
    signature: { authority: caps(doc.signerAuthority), title: caps(doc.signerTitle), name: doc.signerName.trim() },
    meta: { title: doc.title.replace(/\s+/gu, " ").trim(), subject: PLAN_SUBJECT, description: `${number} — ${who}` },
  };
}
