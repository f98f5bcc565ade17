// The table view's state, apart from the view itself: the element keeps it from the first render,
// and the view (src/ui/table-view.ts) comes in a chunk of its own the first time it is shown.

/** Rows the table shows at first, and each "show more" adds. */
export const TABLE_PAGE_ROWS = 100;

export const TABLE_COLUMNS = ['places', 'type', 'status', 'years', 'sectors', 'sources'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** How the table is sorted and how many rows it shows; kept by the element across renders. */
export interface TableState {
  column: TableColumn;
  descending: boolean;
  rows: number;
}

export const INITIAL_TABLE_STATE: TableState = { column: 'places', descending: false, rows: TABLE_PAGE_ROWS };
