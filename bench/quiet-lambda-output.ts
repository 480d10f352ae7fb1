/**
 * The handlers run inside the benchmark process: their Powertools log lines and embedded-metric
 * lines would bury the table (and writing them would be measured too). Set before any handler loads.
 */
process.env.POWERTOOLS_LOG_LEVEL ??= "SILENT";
process.env.POWERTOOLS_METRICS_DISABLED ??= "true";
