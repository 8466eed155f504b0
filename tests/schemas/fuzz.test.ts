/**
 * Issue 14 point 5: every zod schema of src/schemas, and the list pages' URL parsers, driven with
 * arbitrary input (NUL and other control characters, combining marks, unpaired surrogates, strings
 * of 100 000 characters, wrong types). Properties: parsing never throws (a thrown error would be a
 * 500), and whatever a schema accepts holds only NFC text without control characters — so a text
 * field that skips the shared primitive (zText) is caught here, not by a user.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as account from "@/schemas/account";
import * as achievementReport from "@/schemas/achievement-report";
import * as achievement from "@/schemas/achievement";
import * as common from "@/schemas/common";
import * as council from "@/schemas/council";
import * as localForm from "@/schemas/local-form";
import * as nomination from "@/schemas/nomination";
import * as organisation from "@/schemas/organisation";
import * as person from "@/schemas/person";
import * as plan from "@/schemas/plan";
import * as provinceRules from "@/schemas/province-rules";
import * as registration from "@/schemas/registration";
import { isStorableText } from "@/schemas/common";
import { parsePeopleSheet } from "@/schemas/person-sheet";
import { parseAccountSheet } from "@/schemas/account-sheet";
import { MAX_QUERY_LENGTH, parseTableParams, TABLE_PARAM_KEYS } from "@/lib/table-params";
import { awardFilter } from "@/app/(app)/lich-su-khen-thuong/filters";
import { planFilter } from "@/app/(app)/ke-hoach/filters";
import { auditFilter } from "@/app/(app)/nhat-ky/filters";
import { VALID_INPUTS } from "./valid-inputs";

const MODULES = {
  account,
  achievementReport,
  achievement,
  common,
  council,
  localForm,
  nomination,
  organisation,
  person,
  plan,
  provinceRules,
  registration,
};
const SCHEMAS = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => [`${module}.${name}`, schema] as const),
);

/** Secrets are compared as typed (their hashes were made from the raw text), not normalised. */
const RAW_KEYS = new Set(["password", "confirm", "current"]);

const DECOMPOSED = "Nguye\u0302\u0303n Thi\u0323 Thu\u0301y"; // "Nguyễn Thị Thúy" as macOS sends it
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }), // any code point, unpaired surrogate halves included
  fc.string({ unit: fc.constantFrom("\0", "\u0007", "\u001b", "\u007f", "\u0085", "\t", "\n", "a", "ệ", "\u0323") }),
  fc.constantFrom(
    "",
    "\0",
    " \0 ",
    DECOMPOSED,
    `${DECOMPOSED}\0`,
    "\uD800",
    "2024-01-01",
    "2024-02-30",
    "0000-01-01",
    "12",
    "-1",
    "1e400",
    "true",
    "CSTD_CS",
    "LDTT",
    "x".repeat(100_000),
    "\0".repeat(100_000),
    "\u0323".repeat(50_000),
  ),
);

/**
 * Values a real form sends, some for each kind of field (names, dates, times, counts, codes, ids),
 * plus a decomposed name: mixed with the nasty ones so that many inputs pass the first checks and
 * reach the refinements, and accepted output is common enough for the NFC property to bite.
 */
const plausible = fc.constantFrom(
  "Nguyễn Văn An",
  DECOMPOSED,
  "Ủy ban nhân dân xã Như Quỳnh",
  "2024-03-15",
  "2025-06-30",
  "08:00",
  "1",
  "12",
  "80",
  "CSTD_CS",
  "LDTT",
  "KH-UBND",
  "35/2025/QĐ-UBND",
  "ckw3x0abc0000qwertyuiop12",
);
const text = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: nasty });

/** Input shaped like what a schema expects, so parsing reaches its deeper checks and refinements. */
function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => shaped(def[key] as z.ZodType, depth + 1);
  if (depth > 8) return fc.constant(undefined);
  switch (def.type) {
    case "string":
      return text;
    case "number":
    case "bigint":
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer(), fc.double(), text);
    case "boolean":
      return fc.oneof({ weight: 3, arbitrary: fc.boolean() }, { weight: 1, arbitrary: nasty });
    case "enum":
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...Object.values(def.entries as object)) },
        { weight: 1, arbitrary: nasty },
      );
    case "literal":
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...(def.values as unknown[])) },
        { weight: 1, arbitrary: nasty },
      );
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, shaped(v, depth + 1)]));
      return fc.oneof({ weight: 4, arbitrary: fc.record(fields) }, fc.record(fields, { requiredKeys: [] }));
    }
    case "array":
      return fc.array(inner("element"), { maxLength: 3 });
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((o) => shaped(o, depth + 1)));
    case "intersection":
      return fc
        .tuple(inner("left"), inner("right"))
        .map(([a, b]) => (typeof a === "object" && typeof b === "object" ? { ...a, ...b } : a));
    case "pipe":
      return def.in && (def.in as z.ZodType)._zod.def.type !== "transform" ? inner("in") : inner("out");
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof({ weight: 4, arbitrary: inner("innerType") }, fc.constantFrom(undefined, null));
    default:
      return fc.anything();
  }
}

/** Every string in a parsed value, with the key it sits under. */
function* strings(value: unknown, key = ""): Generator<[string, string]> {
  if (typeof value === "string") yield [key, value];
  else if (Array.isArray(value)) for (const v of value) yield* strings(v, key);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) yield* strings(v, k);
}

describe("fuzz: every schema of src/schemas", () => {
  it("finds the schemas (a module that stops exporting them should not pass silently)", () => {
    expect(SCHEMAS.length).toBeGreaterThan(25);
  });

  it.each(SCHEMAS)("%s: never throws; what it accepts is NFC text without control characters", (_, schema) => {
    const check = (input: unknown) => {
      const result = schema.safeParse(input); // throwing here fails the property
      if (!result.success) {
        expect(result.error).toBeInstanceOf(z.ZodError);
        return;
      }
      for (const [key, s] of strings(result.data)) {
        if (RAW_KEYS.has(key)) continue;
        expect(isStorableText(s), `${key}: ${JSON.stringify(s.slice(0, 40))}`).toBe(true);
        expect(s, key).toBe(s.normalize("NFC"));
      }
    };
    fc.assert(fc.property(shaped(schema), check), { numRuns: 150 });
    fc.assert(fc.property(fc.anything(), check), { numRuns: 50 });
  });

  it("the import sheets: any cells give rows or row errors, never an exception", () => {
    const cell = fc.oneof(nasty, fc.integer(), fc.boolean(), fc.date({ noInvalidDate: false }), fc.constant(null));
    const sheet = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 });
    const withHeader = sheet.map((rows) => [
      ["Họ và tên", "Ngày sinh", "Giới tính", "Loại", "Chức vụ", "Mã đơn vị", "Thư điện tử", "Vai trò"],
      ...rows,
    ]);
    fc.assert(
      fc.property(fc.oneof(sheet, withHeader), (rows) => {
        const people = parsePeopleSheet(rows);
        for (const p of people.people) expect(isStorableText(p.person.fullName)).toBe(true);
        parseAccountSheet(rows);
      }),
      { numRuns: 300 },
    );
  });
});

type Path = (string | number)[];

/** The paths of every string in a value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

/** A copy of `value` with the string at `path` replaced. */
function withStringAt(value: unknown, path: Path, replace: (s: string) => string): unknown {
  if (!path.length) return replace(value as string);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = withStringAt(copy[head!], rest, replace);
  return copy;
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  return stringPaths(value).reduce((v, path) => withStringAt(v, path, f), value);
}

describe("fuzz: one text of a valid form changed at a time", () => {
  const byName = new Map<string, z.ZodType>(SCHEMAS);
  const cases = Object.entries(VALID_INPUTS).map(([name, input]) => [name, byName.get(name)!, input] as const);

  it.each(cases)("%s", (name, schema, input) => {
    const base = schema.safeParse(input);
    expect(base.error?.issues ?? [], `${name}: the example itself`).toEqual([]);
    // Typed on macOS or pasted from a PDF: every accent decomposed. Accepted, and stored as NFC.
    expect(schema.parse(mapStrings(input, (s) => s.normalize("NFD")))).toEqual(base.data);
    // A control character in any one field: refused, with a message at that field.
    for (const path of stringPaths(input)) {
      const result = schema.safeParse(withStringAt(input, path, (s) => `${s.slice(0, 1)}\0${s.slice(1)}`));
      expect(result.success, `${name}: NUL in ${path.join(".")}`).toBe(false);
    }
    // Anything in one field: never an exception; accepted text is NFC without control characters.
    const paths = stringPaths(input);
    fc.assert(
      fc.property(fc.constantFrom(...paths), nasty, (path, replacement) => {
        const result = schema.safeParse(withStringAt(input, path, () => replacement));
        if (!result.success) return;
        for (const [key, s] of strings(result.data)) {
          expect(isStorableText(s), key).toBe(true);
          expect(s, key).toBe(s.normalize("NFC"));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("fuzz: the list pages' URL parameters", () => {
  const value = fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }), fc.constant(undefined));
  const keys = fc.constantFrom(...Object.values(TABLE_PARAM_KEYS), "nam", "loai", "trang-thai", "don-vi", "doi-tuong");
  const searchParams = fc.dictionary(fc.oneof(keys, fc.constantFrom("thao-tac", "tu-ngay", "den-ngay")), value);

  it("?q=%00 searches for nothing rather than reaching PostgreSQL; decomposed text searches as NFC", () => {
    const opts = { sortKeys: ["name"], defaultSort: "name" } as const;
    expect(parseTableParams({ q: "\0" }, opts).q).toBe("");
    expect(parseTableParams({ q: "Nguy\0ễn\u001b" }, opts).q).toBe("Nguy ễn");
    expect(parseTableParams({ q: DECOMPOSED }, opts).q).toBe("Nguyễn Thị Thúy");
    expect(planFilter({ "don-vi": "\0" })["don-vi"]).toBeUndefined();
    expect(auditFilter({ "tu-ngay": "2024-02-30" })["tu-ngay"]).toBeUndefined();
  });

  it("table parameters: always in range, the search text storable and bounded", () => {
    fc.assert(
      fc.property(searchParams, (raw) => {
        const p = parseTableParams(raw, { sortKeys: ["name", "at"], defaultSort: "name" });
        expect(p.page).toBeGreaterThanOrEqual(1);
        expect([10, 20, 50, 100]).toContain(p.pageSize);
        expect(["name", "at"]).toContain(p.sort);
        expect(["asc", "desc"]).toContain(p.dir);
        expect(isStorableText(p.q)).toBe(true);
        expect(Array.from(p.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const cursor of [p.after, p.before]) if (cursor !== undefined) expect(cursor).toMatch(/^[\w-]{1,400}$/);
      }),
      { numRuns: 500 },
    );
  });

  it("the award history, plan and audit filters: ids are ids, days are days", () => {
    fc.assert(
      fc.property(searchParams, (raw) => {
        const award = awardFilter(raw);
        expect(isStorableText(award.q ?? "")).toBe(true);
        const plans = planFilter(raw);
        if (plans["don-vi"] !== undefined) expect(plans["don-vi"]).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
        const audit = auditFilter(raw);
        for (const day of [audit["tu-ngay"], audit["den-ngay"]])
          if (day !== undefined) expect(Number.isNaN(new Date(`${day}T00:00:00+07:00`).getTime())).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
