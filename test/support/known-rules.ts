import type { RouteId } from "#api/routes";
import { isLocalDate, weekdayOf } from "#domain/business-calendar";
import { type CaseTopic, topicCategory } from "#domain/case-topics";
import type { FieldError } from "#shared/problem";
import type { DrawnRequest } from "./document-requests";

/**
 * The input rules the API document cannot state: they tie a field to another field, to the caller
 * or to state the document does not show. A request drawn from the document may break them; the
 * handler then answers 400 naming the field, and the route fuzz counts that apart from a refusal
 * that no known rule explains (a rule the document should state but does not).
 */

/** What keeping a rule may use: who calls, and real things the fuzz set up. */
export interface KeepContext {
  staff: boolean;
  ownedSerial: string;
  customerId: string;
}

export interface KnownRule {
  rule: string;
  /** The problem's `errors[]` entry when a request breaks the rule. */
  field: RegExp;
  message: RegExp;
  /** The request changed so that it keeps the rule. */
  keep: (request: DrawnRequest, context: KeepContext) => DrawnRequest;
}

type Body = Record<string, unknown>;

const withBody = (request: DrawnRequest, change: (body: Body) => Body): DrawnRequest => ({
  ...request,
  body: change({ ...(request.body as Body) }),
});

const passwordsMatch: KnownRule = {
  rule: "passwordConfirmation equals password",
  field: /^passwordConfirmation$/,
  message: /must equal password/,
  keep: (request) => withBody(request, (body) => ({ ...body, passwordConfirmation: body.password })),
};

const issuedCursor: KnownRule = {
  rule: "a cursor is a nextCursor the listing issued (opaque text to the document)",
  field: /^query\.cursor$/,
  message: /not a cursor this API issued/,
  keep: ({ query: { cursor: _, ...query }, ...request }) => ({ ...request, query }),
};

/** Dates moved into `year` (a 29 February that year lacks becomes the 28th), each listed once. */
function datesIn(year: string, days: { date: string }[]): { date: string }[] {
  const moved = days.map((day) => {
    const date = `${year}${day.date.slice(4)}`;
    return { ...day, date: isLocalDate(date) ? date : `${year}-02-28` };
  });
  return moved.filter((day, index) => moved.findIndex((other) => other.date === day.date) === index);
}

const OPEN_CASE: KnownRule[] = [
  {
    rule: "a phone number when preferredContact is phone",
    field: /^phone$/,
    message: /required when preferredContact is phone/,
    keep: (request) =>
      withBody(request, (body) =>
        body.preferredContact === "phone" && !body.phone ? { ...body, phone: "+49 30 1234567" } : body,
      ),
  },
  {
    rule: "a serial for a product problem",
    field: /^serial$/,
    message: /required for a product problem/,
    keep: (request, { ownedSerial }) =>
      withBody(request, (body) =>
        topicCategory(body.topic as CaseTopic) === "technical" && !body.serial
          ? { ...body, serial: ownedSerial }
          : body,
      ),
  },
  {
    rule: "onBehalfOf from staff (whose case it is), never from a customer",
    field: /^onBehalfOf$/,
    message: /for support staff taking a call|required when staff open a case/,
    keep: (request, { staff, customerId }) =>
      withBody(request, ({ onBehalfOf, ...body }) =>
        staff ? { ...body, onBehalfOf: onBehalfOf ?? { customerId } } : body,
      ),
  },
  {
    rule: "a customer's own case comes by web; chat and phone cases are opened by staff",
    field: /^channel$/,
    message: /must be web/,
    keep: (request, { staff }) => withBody(request, (body) => (staff ? body : { ...body, channel: "web" })),
  },
];

export const KNOWN_RULES: Partial<Record<RouteId, readonly KnownRule[]>> = {
  signUp: [passwordsMatch],
  resetPassword: [passwordsMatch],
  completeNewPassword: [passwordsMatch],
  changeLicense: [
    {
      rule: "a plan term ends on or after its start",
      field: /^term\.endsOn$/,
      message: /must not be before startsOn/,
      keep: (request) =>
        withBody(request, (body) => {
          const term = body.term as { startsOn: string; endsOn: string } | undefined;
          if (!term) return body;
          const [startsOn, endsOn] = [term.startsOn, term.endsOn].sort();
          return { ...body, term: { ...term, startsOn, endsOn } };
        }),
    },
  ],
  putHolidaySchedule: [
    {
      rule: "dates in the path's year, each listed once; make-up workdays on weekends that are no holidays",
      field: /^(holidays|workdays)\.\d+\.date$/,
      message: /must be in \d{4}|is listed twice|also listed as a holiday|must be a Saturday or Sunday/,
      keep: (request) =>
        withBody(request, (body) => {
          const year = request.path.year ?? "";
          const holidays = datesIn(year, body.holidays as { date: string }[]);
          const workdays = datesIn(year, body.workdays as { date: string }[]).filter(
            ({ date }) => !holidays.some((holiday) => holiday.date === date) && weekdayOf(date) % 6 === 0,
          );
          return { ...body, holidays, workdays };
        }),
    },
  ],
  openCase: OPEN_CASE,
  listMyCases: [issuedCursor],
  caseQueue: [issuedCursor],
  listFeedback: [issuedCursor],
  listAgents: [issuedCursor],
};

/** The field errors of a refused request that no known rule of its route explains. */
export function unexplained(route: RouteId, errors: readonly FieldError[]): FieldError[] {
  const rules = KNOWN_RULES[route] ?? [];
  return errors.filter(
    (error) => !rules.some((rule) => rule.field.test(error.field) && rule.message.test(error.message)),
  );
}

/** The request changed to keep every known rule of its route. */
export function keepingRules(route: RouteId, request: DrawnRequest, context: KeepContext): DrawnRequest {
  return (KNOWN_RULES[route] ?? []).reduce((kept, rule) => rule.keep(kept, context), request);
}
