import "server-only";
import { LineRuleType, Paragraph, type Table } from "docx";
import { formatViDate } from "@/lib/dates";
import { dayMonthYear, numberLine, pad2, terminate, upper } from "@/domain/text/format";
import {
  TEXT_WIDTH,
  TIGHT,
  administrativeDocument,
  body,
  centred,
  headerTable,
  mm,
  rule,
  toDocxBuffer,
  twoColumns,
} from "./docx-kit";
import { gridTable, type GridRow } from "./docx-grid";

/**
 * The awards council's meeting, as one .docx: the minutes of the meeting ("Biên bản họp Hội
 * đồng Thi đua - Khen thưởng") and, on a new page, the count record of its secret ballot
 * ("Biên bản kiểm phiếu"), each with the secretary's and the chair's signatures.
 *
 * Follows Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.9 "Biên bản", checked against the
 * decree's text: the header (parent body | national title) with "Số: …/BB-…" and no place-date
 * line; "BIÊN BẢN" and its subject; "Thời gian bắt đầu", "Địa điểm", "Thành phần tham dự",
 * "Chủ trì (chủ tọa)", "Thư ký (người ghi biên bản)", the content, "Cuộc họp kết thúc vào …
 * giờ …, ngày … tháng … năm …/."; signatures THƯ KÝ (left) | CHỦ TỌA (right). The parent body
 * printed above the council is the committee it serves ("UBND XÃ ĐÌNH DÙ"): ND 30 prints only
 * the direct parent, so `parentAuthorityName` is not printed here.
 *
 * Not from a legal template: the content's wording (attendance with "bỏ phiếu giấy" and "có ý
 * kiến bằng văn bản" marks, the quorum statement, the agenda by award form, the summary of results)
 * and the count record's table (votes for, against, not voting, share of all members, Đạt/Không
 * đạt, notes on recusals, paper ballots and written opinions). Whether a nominee passed, the share
 * and the quorum are the caller's: this file prints them, it does not recompute them. No official
 * template of an awards council's minutes or count record was found to check these against.
 *
 * The ballot is secret, so the counts are printed only as totals: online votes, paper ballots and
 * written opinions together. A column of written opinions in favour (or of paper ballots) would
 * give away the choice of a member who alone sent one; the minutes name who sent a written opinion
 * or voted on paper, and say per nominee how many there were, never which way they went.
 *
 * Over 300 lines as one file on purpose: both records share the header, the title block, the
 * member list and the signatures, and are always printed together.
 */

export type CouncilMember = {
  name: string;
  councilRole: "CHU_TICH" | "PHO_CHU_TICH" | "THANH_VIEN" | "THU_KY";
  present: boolean;
  /** Present, and voted on paper (the secretary entered the ballots). */
  paperBallot: boolean;
  writtenOpinion: boolean;
};

export type CouncilNominee = {
  label: string;
  detail: string;
  /** Every method together: online votes, paper ballots, absent members' written opinions. */
  agree: number;
  disagree: number;
  notVoting: number;
  /** Members who did not vote on this nominee because they are concerned by it. */
  recused: number;
  /** How many of the votes were paper ballots, and how many written opinions (not which way they went). */
  paper: number;
  written: number;
  /** Votes in favour as a share of all members, as computed by the caller. */
  sharePercent: number;
  passed: boolean;
};

export type CouncilMinutesInput = {
  /** The committee the council serves: "Ủy ban nhân dân xã Đình Dù", printed "UBND XÃ ĐÌNH DÙ". */
  authorityName: string;
  /** Not printed (ND 30 prints only the direct parent body). */
  parentAuthorityName: string | null;
  /** "Hội đồng Thi đua - Khen thưởng xã Đình Dù". */
  councilName: string;
  place: string;
  /** yyyy-mm-dd. */
  heldOn: string;
  /** "08:00". */
  startTime: string;
  location: string;
  chairName: string;
  secretaryName: string;
  members: CouncilMember[];
  quorum: { present: number; total: number; required: number; met: boolean; rule: string };
  /**
   * Whether the council's rules make the ballot secret: the minutes then say "bỏ phiếu kín" (the
   * wording of NĐ 91/2017), else "bỏ phiếu" (NĐ 98/2023 Điều 30 khoản 7).
   */
  secretBallot: boolean;
  /** Per award form, the nominees voted on; `threshold`: "từ 70% tổng số thành viên Hội đồng". */
  items: { formName: string; threshold: string; nominees: CouncilNominee[] }[];
};

const SYMBOL = "BB-HĐTĐKT";
const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const UBND = /^(ủy|uỷ) ban nhân dân\s+/iu;

const ROLE_LABEL: Record<CouncilMember["councilRole"], string> = {
  CHU_TICH: "Chủ tịch Hội đồng",
  PHO_CHU_TICH: "Phó Chủ tịch Hội đồng",
  THANH_VIEN: "Thành viên Hội đồng",
  THU_KY: "Thư ký Hội đồng",
};

const percent = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const ballotWord = (m: CouncilMinutesInput) => (m.secretBallot ? "bỏ phiếu kín" : "bỏ phiếu");
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi-VN") + s.slice(1);
const heading = (s: string) => body(s, { bold: true, keepNext: true });
const lines = (xs: string[]) => terminate(xs).map((x) => body(x));
const pageBreak = () =>
  new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [],
  });

/** The council's name without the place the parent line already gives: "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG". */
function councilLine(m: CouncilMinutesInput): string {
  const unit = m.authorityName.trim().replace(UBND, "");
  const name = m.councilName.trim();
  const bare = name.toLocaleLowerCase("vi-VN").endsWith(` ${unit.toLocaleLowerCase("vi-VN")}`)
    ? name.slice(0, -unit.length - 1)
    : name;
  return upper(bare);
}

function header(m: CouncilMinutesInput): Table {
  return headerTable({
    parentLine: upper(m.authorityName.trim().replace(UBND, "UBND ")),
    issuerLines: [councilLine(m)],
    numberLine: numberLine(null, SYMBOL),
    nation: NATION,
    motto: MOTTO,
    placeDate: "",
  });
}

function title(type: string, subject: string): Paragraph[] {
  return [centred(type, { bold: true, before: 360 }), centred(subject, { bold: true }), rule(mm(30), TEXT_WIDTH, 240)];
}

/** A name with the member's role on the council, when the name is one of the members. */
function withRole(m: CouncilMinutesInput, name: string): string {
  const member = m.members.find((x) => x.name === name);
  return member ? `${name} - ${ROLE_LABEL[member.councilRole]}` : name;
}

/** Secretary on the left, chair on the right (ND 30, Mẫu 1.9). */
function signatures(m: CouncilMinutesInput): (Paragraph | Table)[] {
  const block = (caption: string, name: string) => [
    centred(caption, { bold: true }),
    ...Array.from({ length: 4 }, () => centred("")),
    centred(name, { bold: true }),
  ];
  const half = Math.round(TEXT_WIDTH / 2);
  return [
    new Paragraph({ spacing: TIGHT, keepNext: true, children: [] }),
    twoColumns([half, TEXT_WIDTH - half], [[block("THƯ KÝ", m.secretaryName), block("CHỦ TỌA", m.chairName)]]),
  ];
}

// ---------------------------------------------------------------------------------------------
// The minutes

function attendance(m: CouncilMinutesInput): Paragraph[] {
  const total = pad2(m.members.length);
  const present = m.members.filter((x) => x.present);
  const absent = m.members.filter((x) => !x.present);
  return [
    heading("Thành phần tham dự:"),
    body(`- Thành viên Hội đồng có mặt: ${pad2(present.length)}/${total} người:`, { keepNext: true }),
    ...lines(
      present.map(
        (x, i) => `${i + 1}. ${x.name} - ${ROLE_LABEL[x.councilRole]}${x.paperBallot ? " (bỏ phiếu giấy)" : ""}`,
      ),
    ),
    ...(absent.length
      ? [
          body(`- Thành viên Hội đồng vắng mặt: ${pad2(absent.length)}/${total} người:`, { keepNext: true }),
          ...lines(
            absent.map(
              (x, i) =>
                `${i + 1}. ${x.name} - ${ROLE_LABEL[x.councilRole]} (${x.writtenOpinion ? "có ý kiến bằng văn bản" : "không có ý kiến bằng văn bản"})`,
            ),
          ),
        ]
      : [body("- Thành viên Hội đồng vắng mặt: không.")]),
  ];
}

function quorum(m: CouncilMinutesInput): Paragraph {
  const q = m.quorum;
  const verdict = q.met
    ? "Cuộc họp đủ điều kiện để tiến hành."
    : "Cuộc họp không đủ số thành viên tham dự theo quy định.";
  return body(
    `Số thành viên có mặt: ${pad2(q.present)}/${pad2(q.total)}; số thành viên tối thiểu phải có mặt: ${pad2(q.required)} (${q.rule.trim().replace(/[.\s]+$/u, "")}). ${verdict}`,
  );
}

function agenda(m: CouncilMinutesInput): Paragraph[] {
  if (!m.items.length) return [body("Không có đề nghị khen thưởng nào được đưa ra xem xét.")];
  return [
    body(`Hội đồng xem xét, ${ballotWord(m)} đối với các tập thể, cá nhân được đề nghị khen thưởng như sau:`, {
      keepNext: true,
    }),
    ...m.items.flatMap((item, i) => [
      heading(
        `${i + 1}. ${item.formName} (${pad2(item.nominees.length)} đề nghị; tiêu chuẩn: số phiếu đồng ý ${item.threshold}):`,
      ),
      ...lines(item.nominees.map((n) => `- ${[n.label, n.detail].filter(Boolean).join(", ")}`)),
    ]),
  ];
}

function results(m: CouncilMinutesInput): Paragraph[] {
  if (!m.items.length) return [];
  return [
    heading("Kết quả bỏ phiếu:"),
    ...lines(
      m.items.map((item) => {
        const passed = item.nominees.filter((n) => n.passed);
        const who = passed.length ? `: ${passed.map((n) => n.label).join(", ")}` : "";
        return `- ${item.formName}: ${pad2(passed.length)}/${pad2(item.nominees.length)} đề nghị đạt${who}`;
      }),
    ),
    body("Chi tiết tại Biên bản kiểm phiếu kèm theo.", { italics: true }),
  ];
}

function minutes(m: CouncilMinutesInput): (Paragraph | Table)[] {
  const [h, min] = m.startTime.split(":");
  return [
    header(m),
    ...title("BIÊN BẢN", `Họp ${m.councilName.trim()}`),
    body(`Thời gian bắt đầu: ${h} giờ ${min} phút, ${dayMonthYear(m.heldOn)}.`),
    body(`Địa điểm: ${m.location.trim().replace(/[.\s]+$/u, "")}.`),
    ...attendance(m),
    body(`Chủ trì (chủ tọa): ${withRole(m, m.chairName)}.`),
    body(`Thư ký (người ghi biên bản): ${withRole(m, m.secretaryName)}.`),
    quorum(m),
    heading("Nội dung cuộc họp:"),
    ...agenda(m),
    ...results(m),
    body(`Cuộc họp kết thúc vào …… giờ ……, ${dayMonthYear(m.heldOn)}./.`, { keepNext: true }),
    ...signatures(m),
  ];
}

// ---------------------------------------------------------------------------------------------
// The count record

// Seven columns on portrait A4: 12 pt, and widths that keep "Không", "phiếu" and "STT" whole.
const COLUMNS = [
  { share: 8, align: "center" as const },
  { share: 31 },
  { share: 10, align: "center" as const },
  { share: 11, align: "center" as const },
  { share: 11, align: "center" as const },
  { share: 16, align: "center" as const },
  { share: 13, align: "center" as const },
];
const HEADS = [
  "STT",
  "Tập thể, cá nhân được đề nghị",
  "Đồng ý",
  "Không đồng ý",
  "Không bỏ phiếu",
  "Tỷ lệ đồng ý (% tổng số thành viên)",
  "Kết quả",
];

/** Why a nominee's count needs a word: a recusal, paper ballots, written opinions (how many, never which way). */
function noteOf(n: CouncilNominee): string | null {
  const notes = [
    n.recused > 0
      ? `${pad2(n.recused)} thành viên không bỏ phiếu vì có liên quan đến người được đề nghị, vẫn tính trong tổng số thành viên Hội đồng`
      : "",
    n.paper > 0 ? `gồm ${pad2(n.paper)} phiếu bầu giấy do thư ký nhập` : "",
    n.written > 0 ? `gồm ${pad2(n.written)} ý kiến bằng văn bản của thành viên vắng mặt` : "",
  ].filter(Boolean);
  return notes.length ? notes.join("; ") : null;
}

function countItem(item: CouncilMinutesInput["items"][number], i: number): (Paragraph | Table)[] {
  const notes: string[] = [];
  const rows: GridRow[] = item.nominees.map((n, k) => {
    const note = noteOf(n);
    if (note) notes.push(`(${notes.length + 1}) ${n.label}: ${note}`);
    const mark = note ? ` (${notes.length})` : "";
    return [
      String(k + 1),
      `${n.label}${mark}${n.detail ? `\n${n.detail}` : ""}`,
      String(n.agree),
      String(n.disagree),
      String(n.notVoting),
      `${percent.format(n.sharePercent)}%`,
      n.passed ? "Đạt" : "Không đạt",
    ];
  });
  return [
    heading(`${i + 1}. ${item.formName} (tiêu chuẩn: số phiếu đồng ý ${item.threshold})`),
    gridTable(COLUMNS, HEADS, rows, 12),
    ...(notes.length
      ? [
          body("Ghi chú:", { italics: true, keepNext: true }),
          ...terminate(notes).map((n) => body(n, { italics: true })),
        ]
      : []),
  ];
}

function countRecord(m: CouncilMinutesInput): (Paragraph | Table)[] {
  const written = m.members.filter((x) => !x.present && x.writtenOpinion).length;
  return [
    pageBreak(),
    header(m),
    ...title(
      "BIÊN BẢN KIỂM PHIẾU",
      `${upperFirst(ballotWord(m))} tại cuộc họp ${m.councilName.trim()} ${dayMonthYear(m.heldOn)}`,
    ),
    body(
      `Tổng số thành viên Hội đồng: ${pad2(m.quorum.total)}; số thành viên có mặt: ${pad2(m.quorum.present)}; số thành viên vắng mặt có ý kiến bằng văn bản: ${pad2(written)}.`,
    ),
    body(
      `Số phiếu đồng ý, không đồng ý gồm phiếu bầu trực tuyến, phiếu bầu giấy và ý kiến bằng văn bản của thành viên vắng mặt, được kiểm chung${m.secretBallot ? " để giữ bí mật ý kiến của từng thành viên" : ""}.`,
    ),
    ...(m.items.length ? m.items.flatMap(countItem) : [body("Không có đề nghị nào được bỏ phiếu.")]),
    ...signatures(m),
  ];
}

// ---------------------------------------------------------------------------------------------

export async function councilMinutesDocx(m: CouncilMinutesInput): Promise<Buffer> {
  return toDocxBuffer(
    administrativeDocument(
      {
        title: `Biên bản họp ${m.councilName.trim()} ngày ${formatViDate(m.heldOn)}`,
        subject: "Biên bản họp và biên bản kiểm phiếu",
        description: m.councilName.trim(),
      },
      [...minutes(m), ...countRecord(m)],
    ),
  );
}
