import { calendarDay } from "#domain/zone-clock";

/** Days relative to today, so the demo plans are active, expired or ending as labelled. */
function day(offset: number): string {
  return calendarDay(new Date(Date.now() + offset * 86_400_000), "Asia/Shanghai");
}

const SERVER = { productId: "acme-backup-server", productName: "Acme Backup Server", edition: "Enterprise" };

/** One license per situation a support center meets: every plan of Table A, an expiry, a trial, an old version. */
export function demoLicenses() {
  const base = { ...SERVER, language: "en", licenseCount: 10, productVersion: "12.1", incidentCredits: 0 };
  return [
    {
      ...base,
      serial: "PREM1-AAAAA-BBBBB-CCCCC-00001",
      plans: [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }],
    },
    {
      ...base,
      serial: "STAN1-AAAAA-BBBBB-CCCCC-00002",
      plans: [{ plan: "advantage-standard", startsOn: day(-200), endsOn: day(165) }],
    },
    {
      ...base,
      serial: "EXPD1-AAAAA-BBBBB-CCCCC-00003",
      plans: [{ plan: "advantage-standard", startsOn: day(-400), endsOn: day(-35) }],
    },
    {
      ...base,
      serial: "TRIA1-AAAAA-BBBBB-CCCCC-00004",
      trialEndsOn: day(20),
      plans: [{ plan: "trial", startsOn: day(-10), endsOn: day(20) }],
    },
    {
      ...base,
      serial: "INCI1-AAAAA-BBBBB-CCCCC-00005",
      incidentCredits: 2,
      plans: [{ plan: "single-incident", startsOn: day(-1), endsOn: day(364) }],
    },
    { ...base, serial: "FREE1-AAAAA-BBBBB-CCCCC-00006", plans: [] },
    {
      ...base,
      serial: "OLDV1-AAAAA-BBBBB-CCCCC-00007",
      productVersion: "11.0",
      plans: [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }],
    },
    {
      ...base,
      serial: "AAAAAA11-BBBBBB22-CCCC33CC-DDD44DDD-EE55EEEE-F66FFFFF-77GGGGGG-8HHHHHH8",
      licenseCount: 250,
      plans: [{ plan: "advantage-premier", startsOn: day(-30), endsOn: day(335) }],
    },
  ];
}

/** Builds of the demo product: 12.1 is current, 12.0 previous, 11.0 no longer supported. */
export const DEMO_RELEASES = [
  { version: "11.0", build: 1100, notes: "Last build of version 11." },
  { version: "12.0", build: 1200, notes: "Version 12: faster incremental backups." },
  { version: "12.1", build: 1210, notes: "Fixes restore of large databases." },
  { version: "12.1", build: 1214, notes: "Security fixes." },
].map((r) => ({
  ...r,
  productId: SERVER.productId,
  releasedOn: day(-1),
  fileName: `acme-backup-server-${r.build}.exe`,
}));

/** Registered to the demo customer at start; the others are left for a person to register. */
export const DEMO_CUSTOMER_SERIALS = [
  "PREM1-AAAAA-BBBBB-CCCCC-00001",
  "EXPD1-AAAAA-BBBBB-CCCCC-00003",
  "OLDV1-AAAAA-BBBBB-CCCCC-00007",
];
