/**
 * One numbered page of a list of `count` rows (the registration summary's units in memory, the
 * approval board's agenda items counted in SQL): the page asked for in the URL, clamped to the pages
 * `count` rows make (a typed "?trang=abc" or "?trang=99" shows the first or the last), and the bounds
 * of its rows (`list.slice(from, to)`, or OFFSET `from`). Pages count from 1; no rows is one empty page.
 */
export function pageOf(count: number, asked: string | undefined, perPage: number) {
  const pages = Math.max(1, Math.ceil(count / perPage));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(asked)) || 1));
  return { page, pages, from: (page - 1) * perPage, to: page * perPage };
}
