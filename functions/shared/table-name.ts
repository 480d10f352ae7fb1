import * as z from "zod/mini";
import { readConfig } from "./config";

/** The setting every function that reads or writes the table has: one schema for it. */
export const TableNameSetting = z.string().check(z.minLength(1));

/** The table's name, read once per container (CDK sets it beside the table's grants). */
export const TABLE_NAME = readConfig(z.object({ TABLE_NAME: TableNameSetting })).TABLE_NAME;
