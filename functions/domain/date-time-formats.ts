/**
 * Intl.DateTimeFormat is slow to make (~0.1 ms, a tenth of a request's own work) and quick to
 * use, so each locale-and-options pair is made once per function instance. A time zone Intl does
 * not know still throws, on first use.
 */
const made = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    made.set(key, format);
  }
  return format;
}
