import { efsTable } from './efs.js';
import type { Report } from '../model/report.js';

/**
 * A per-service resource table (the EFS file system table, ...), rendered by both the console and
 * the markdown renderers. Cells are raw text; renderers escape them for their medium.
 */
export interface ResourceTable {
  title: string;
  columns: string[];
  rows: string[][];
}

type TableBuilder = (report: Report) => ResourceTable | undefined;

/** One builder per analyzer that has a resource table, in the order they are shown. */
const TABLE_BUILDERS: readonly TableBuilder[] = [efsTable];

export function resourceTables(report: Report): ResourceTable[] {
  return TABLE_BUILDERS.map((build) => build(report)).filter((t): t is ResourceTable => !!t);
}
