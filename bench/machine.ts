import { cpus, loadavg, platform, release, totalmem } from "node:os";

/** One line naming what the numbers were measured on (and how busy it was when the run began). */
export function machineLine(loadAtStart: number, now = new Date()): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? "unknown CPU";
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${model}, ${cores.length} cores, ${memory}, ${platform()} ${release()}, Node ${process.version}, load average ${loadAtStart.toFixed(1)} at start, ${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The one-minute load average: other work on the machine skews every timing. */
export const currentLoad = () => loadavg()[0] ?? 0;
