/**
 * One shared timer for every live widget: all registrations wait on a single
 * `setTimeout` for the earliest instant, re-armed whenever that changes.
 */
type Job = [at: number, callback: () => void];

const jobs = new Set<Job>();
let timer: ReturnType<typeof setTimeout> | undefined;
let armedFor: number | undefined;

function arm(): void {
  let next = Infinity;
  for (const [at] of jobs) if (at < next) next = at; // an invalid date (NaN) never fires
  if (next == armedFor) return;
  clearTimeout(timer);
  armedFor = next;
  // A delay above 2^31 − 1 ms would fire at once, so it is capped; an early wake-up just re-arms.
  timer = next < Infinity ? setTimeout(run, Math.min(next - Date.now(), 2 ** 31 - 1)) : undefined;
}

/** Runs every callback whose time has come (a late timer included), in time order. */
function run(): void {
  timer = armedFor = undefined; // so that arm() re-arms, or stays idle
  const now = Date.now();
  try {
    // jobs.delete() is false for a job cancelled by an earlier callback.
    for (const job of [...jobs].sort((a, b) => a[0] - b[0])) if (job[0] <= now && jobs.delete(job)) job[1]();
  } finally {
    // Even after a callback throws: the rest run on the next tick.
    arm();
  }
}

/** Calls `callback` at `at` (or soon after). Returns a function that cancels it. */
export function schedule(at: Date | number, callback: () => void): () => void {
  const job: Job = [+at, callback];
  jobs.add(job);
  arm();
  return () => {
    jobs.delete(job);
    arm();
  };
}

/** How many timers are pending: 0 or 1. For tests. */
export const pendingTimers = (): number => +!!timer;
