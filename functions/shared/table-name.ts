import * as z from "zod/mini";
import { readConfig } from "./config";
import * as settings from "./settings";

/** The table's name, read once per container (CDK sets it beside the table's grants). */
export const TABLE_NAME = readConfig(z.object({ TABLE_NAME: settings.TABLE_NAME })).TABLE_NAME;
