import * as z from "zod/mini";
import type { FeedbackRecord } from "#repositories/feedback-repository";
import { FEEDBACK_KINDS, FEEDBACK_SUBJECTS } from "../schemas";
import { CaseNumber, enumOf, Page, Timestamp } from "./shared";

export const FeedbackReceived = z
  .strictObject({ feedbackId: z.string(), status: z.literal("new"), message: z.string() })
  .check(z.meta({ id: "FeedbackReceived" }));

/** A feedback as staff track it. */
export const Feedback = z
  .strictObject({
    feedbackId: z.string(),
    kind: z.enum(FEEDBACK_KINDS),
    about: z.enum(FEEDBACK_SUBJECTS),
    text: z.string(),
    caseNumber: z.optional(CaseNumber),
    authorId: z.string(),
    authorEmail: z.string(),
    status: enumOf<FeedbackRecord["status"]>({ new: true, reviewed: true, answered: true }),
    at: Timestamp,
  })
  .check(z.meta({ id: "Feedback" }));

export const FeedbackPage = Page(Feedback);
