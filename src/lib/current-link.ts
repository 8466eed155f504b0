/**
 * Which menu entry the page at `pathname` belongs to: the entry whose address is the longest prefix
 * of it, segment by segment ("/ke-hoach/abc/dang-ky" is under "Kế hoạch"; "/de-nghi/tham-dinh" is its
 * own entry, not "Đề nghị"). "/" (Tổng quan) is current only on itself. Null when no entry owns the
 * page (the account page, the search).
 */
export function currentLink(pathname: string, hrefs: readonly string[]): string | null {
  let best: string | null = null;
  for (const href of hrefs) {
    const owns = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
    if (owns && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
