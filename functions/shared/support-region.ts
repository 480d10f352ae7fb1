import * as z from "zod/mini";
import { SUPPORT_TIME_ZONES } from "#domain/support-regions";
import { readConfig } from "./config";
import { SUPPORT_REGION } from "./settings";

/** The support region, read once per container: its calendar counts first responses. */
export const supportRegion = readConfig(z.object({ SUPPORT_REGION })).SUPPORT_REGION;

/** The region's zone: dates in e-mails are told, and plans end, on its calendar days. */
export const supportTimeZone = SUPPORT_TIME_ZONES[supportRegion];
