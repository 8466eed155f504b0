"use client";

/**
 * A server-paginated, sortable, searchable table whose state lives in the URL
 * (see src/lib/table-params.ts). The server page parses the URL, queries one page and renders a
 * feature's client component, which passes its column definitions here. TanStack Table v9 only
 * supplies the header/row models and the sorting/pagination state machine; we own markup and a11y.
 */
import { useCallback, useId, useMemo, type ReactNode } from "react";
import {
  FlexRender,
  createColumnHelper,
  functionalUpdate,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { DEFAULT_PAGE_SIZES, TABLE_PARAM_KEYS as K, type TableParams } from "@/lib/table-url";
import { PageSizeSelect, SearchBox, SortIcon, useUrlNavigation } from "./table-controls";

/** Per-column presentation hints, typed through v9's scoped `columnMeta` slot (no global merging). */
export type DataTableColumnMeta = {
  /** "end" right-aligns numbers and dates so digits line up. */
  align?: "start" | "end";
  /** Render this column's cells as `<th scope="row">`, so screen readers announce e.g. the name with each cell. */
  rowHeader?: boolean;
  /** Extra classes for the header and body cells (widths, `whitespace-nowrap`, …). */
  className?: string;
};

/**
 * Sorting and pagination features only: no client row models are registered because the server
 * sorts and slices (`manualSorting`/`manualPagination`). Module scope keeps the reference stable.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});
export type DataTableFeatures = typeof dataTableFeatures;

// `any` value type: each column keeps its own accessor type; an array of them cannot share one.
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

/** Column helper bound to this table's features; call it at module scope in a client file. */
export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

export type DataTableProps<TData extends RowData> = {
  /** Must be stable (module scope or useMemo): a new array rebuilds the column model. */
  columns: DataTableColumn<TData>[];
  /** The current page, already searched, sorted and sliced by the server. */
  data: TData[];
  /** Rows matching the search across all pages (at most the cap when `totalCapped`). */
  total: number;
  /** The list stopped counting at `total`: there are more ("hơn 10.000 bản ghi"). */
  totalCapped?: boolean;
  /**
   * Keyset paging (src/server/data/keyset.ts): the cursors of the neighbouring pages. Given, "Sau" and
   * "Trước" seek from them and "Sau" is offered exactly when there is a next page; without, pages go by number.
   */
  cursors?: { after?: string; before?: string };
  params: TableParams<string>;
  /** Column ids the server can order by: pass the same list given to parseTableParams. */
  sortKeys?: readonly string[];
  pageSizes?: readonly number[];
  caption: string;
  searchPlaceholder?: string;
  emptyMessage?: string;
  getRowId?: (row: TData) => string;
  /** Extra controls beside the search box (filters, an "add" button, …). */
  toolbar?: ReactNode;
};

const NO_SORT_KEYS: readonly string[] = [];
const NO_CURSOR = { [K.after]: null, [K.before]: null };
const numberFormat = new Intl.NumberFormat("vi-VN");
const focusRing =
  "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2";
const pagerButton = `rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-500 disabled:hover:bg-white ${focusRing}`;

function defaultRowId(row: unknown, index: number): string {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : String(index);
}

export function DataTable<TData extends RowData>({
  columns,
  data,
  total,
  totalCapped = false,
  cursors,
  params,
  sortKeys = NO_SORT_KEYS,
  pageSizes = DEFAULT_PAGE_SIZES,
  caption,
  searchPlaceholder,
  emptyMessage,
  getRowId,
  toolbar,
}: DataTableProps<TData>) {
  const { navigate, isPending } = useUrlNavigation();
  const captionId = useId();

  // Table state is derived from the URL on every render; the table never owns it.
  const sorting = useMemo<SortingState>(
    () => [{ id: params.sort, desc: params.dir === "desc" }],
    [params.sort, params.dir],
  );
  const pagination = useMemo<PaginationState>(
    () => ({ pageIndex: params.page - 1, pageSize: params.pageSize }),
    [params.page, params.pageSize],
  );

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: getRowId ? (row: TData) => getRowId(row) : defaultRowId,
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    // The server always orders by something, so a header click only flips asc ↔ desc, one column
    // at a time. First click is ascending unless a column sets `sortDescFirst: true`.
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    // Changing `data` must not "reset" the page: that would rewrite the URL on every navigation.
    autoResetPageIndex: false,
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting)[0];
      if (!next) return;
      // Page 3 of another ordering is meaningless, so a new sort starts again at page 1.
      navigate({ [K.sort]: next.id, [K.dir]: next.desc ? "desc" : "asc", [K.page]: null, ...NO_CURSOR });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      turnPage(next.pageIndex, next.pageSize);
    },
  });

  // Not through table.nextPage(): that stops at the counted pages, and a capped count is not the end.
  function turnPage(pageIndex: number, pageSize: number) {
    const sized = pageSize !== pagination.pageSize;
    // One page on or back seeks from the row at the edge; any other move goes by page number.
    const seek =
      sized || pageIndex === 0
        ? NO_CURSOR
        : pageIndex === pagination.pageIndex + 1 && cursors?.after
          ? { [K.after]: cursors.after, [K.before]: null }
          : pageIndex === pagination.pageIndex - 1 && cursors?.before
            ? { [K.before]: cursors.before, [K.after]: null }
            : NO_CURSOR;
    navigate({
      [K.page]: pageIndex > 0 ? String(pageIndex + 1) : null,
      [K.pageSize]: sized ? String(pageSize) : undefined,
      ...seek,
    });
  }

  const onSearch = useCallback((q: string) => navigate({ [K.q]: q || null, [K.page]: null, ...NO_CURSOR }), [navigate]);

  const leafColumnCount = table.getAllLeafColumns().length;
  const rows = table.getRowModel().rows;
  const pageCount = Math.max(1, table.getPageCount());
  // A stale link (or deleted rows) can point past the last page; offer a way back.
  const pastLastPage = !totalCapped && params.page > pageCount;
  const canNext = cursors ? Boolean(cursors.after) : table.getCanNextPage();

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <SearchBox q={params.q} placeholder={searchPlaceholder} onSearch={onSearch} />
        {toolbar ? <div className="flex flex-wrap items-center gap-2">{toolbar}</div> : null}
      </div>

      <div className="relative overflow-hidden rounded-lg border border-slate-300 bg-white">
        {/* Subtle progress bar while the next page is on its way; the old rows stay visible. */}
        <div
          aria-hidden="true"
          className={`absolute inset-x-0 top-0 h-0.5 ${isPending ? "bg-blue-700 motion-safe:animate-pulse" : "bg-transparent"}`}
        />
        {/* Focusable so keyboard users can scroll a wide table on narrow screens (WCAG 2.1.1). */}
        <div
          role="region"
          aria-labelledby={captionId}
          aria-busy={isPending}
          tabIndex={0}
          className="overflow-x-auto focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-blue-700"
        >
          <table className="min-w-full border-collapse text-left text-sm">
            <caption id={captionId} className="sr-only">
              {caption}
            </caption>
            <thead className="bg-slate-100">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const column = header.column;
                    const meta = column.columnDef.meta;
                    const sorted = header.isPlaceholder ? false : column.getIsSorted();
                    const sortable = !header.isPlaceholder && sortKeys.includes(column.id);
                    return (
                      <th
                        key={header.id}
                        scope={header.colSpan > 1 ? "colgroup" : "col"}
                        colSpan={header.colSpan}
                        aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                        className={`whitespace-nowrap px-4 py-2.5 font-semibold text-slate-800 ${meta?.align === "end" ? "text-right" : ""} ${meta?.className ?? ""}`}
                      >
                        {header.isPlaceholder ? null : sortable ? (
                          <button
                            type="button"
                            onClick={() => column.toggleSorting()}
                            className={`-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-slate-950 hover:underline ${focusRing}`}
                          >
                            <FlexRender header={header} />
                            <SortIcon direction={sorted} />
                          </button>
                        ) : (
                          <FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className={`transition-opacity ${isPending ? "opacity-75" : ""}`}>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={leafColumnCount} className="px-4 py-10 text-center text-slate-700">
                    {pastLastPage && total > 0 ? (
                      <>
                        Trang này không còn dữ liệu.{" "}
                        <button
                          type="button"
                          onClick={() => table.firstPage()}
                          className={`font-medium text-blue-800 underline ${focusRing}`}
                        >
                          Về trang đầu
                        </button>
                      </>
                    ) : (
                      (emptyMessage ?? (params.q ? `Không tìm thấy kết quả cho “${params.q}”.` : "Chưa có dữ liệu."))
                    )}
                  </td>
                </tr>
              ) : (
                rows.map((row) => (
                  <tr key={row.id} className="border-t border-slate-200 hover:bg-slate-50">
                    {row.getAllCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      const className = `px-4 py-2.5 align-top text-slate-800 ${meta?.align === "end" ? "text-right tabular-nums" : ""} ${meta?.className ?? ""}`;
                      return meta?.rowHeader ? (
                        <th key={cell.id} scope="row" className={`font-medium ${className}`}>
                          <FlexRender cell={cell} />
                        </th>
                      ) : (
                        <td key={cell.id} className={className}>
                          <FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 text-sm text-slate-700">
        {/* Live region: after a search, screen readers hear how many records matched. */}
        <p role="status">
          {totalCapped ? "Hơn " : ""}
          {numberFormat.format(total)} bản ghi
        </p>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <PageSizeSelect value={params.pageSize} options={pageSizes} onChange={(size) => table.setPageSize(size)} />
          <nav aria-label="Phân trang" className="flex items-center gap-2">
            <button
              type="button"
              className={pagerButton}
              disabled={!table.getCanPreviousPage()}
              onClick={() => (pastLastPage ? table.lastPage() : table.previousPage())}
            >
              Trước
            </button>
            <span aria-live="polite" aria-atomic="true" className="min-w-24 text-center text-slate-800">
              Trang {params.page}
              {totalCapped ? "" : ` / ${pageCount}`}
            </span>
            <button
              type="button"
              className={pagerButton}
              disabled={!canNext}
              onClick={() => turnPage(pagination.pageIndex + 1, pagination.pageSize)}
            >
              Sau
            </button>
          </nav>
        </div>
      </div>
    </div>
  );
}
