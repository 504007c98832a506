/**
 * Wall time, CPU time (all threads of the process) and peak RSS of a synchronous or async function.
 * By default a full garbage collection runs first (`--expose-gc`); `gc: false` skips it for
 * throughput runs that follow a warm-up round, because the sweeping and re-growth after a forced
 * collection of the whole bench process land in the timed CPU time (about 50–60 ms measured after
 * the entity stage's warm-up: a third of a quick run).
 */
export async function measure<T>(
  fn: () => T | Promise<T>,
  { gc = true }: { gc?: boolean } = {},
): Promise<{ ms: number; cpuMs: number; result: T; peakRssMb: number }> {
  if (gc) (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, result, peakRssMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Runs `fn` several times and returns the median time (ms); the machines are shared and noisy. */
export async function medianMs(fn: () => unknown, runs = 5): Promise<number> {
  return (await medianWallCpuMs(fn, runs)).wallMs;
}

/**
 * Runs `fn` several times and returns the median wall time and the median CPU time of the process
 * (ms). On a shared machine the wall time counts the turns the stage waited for a core; the CPU
 * time is what "MB/s on one core" asks about (it still rises a little when another process shares
 * the core's caches).
 */
export async function medianWallCpuMs(
  fn: () => unknown,
  runs = 5,
  warmup = 0,
): Promise<{ wallMs: number; cpuMs: number; coldCpuMs: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  // Untimed passes first, so that the median is the compiled code's steady state, not the JIT's
  // warm-up; the first pass's CPU time is kept as the cold figure.
  let coldCpuMs = Number.NaN;
  for (let i = 0; i < warmup; i++) {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    if (i === 0) coldCpuMs = (c.user + c.system) / 1000;
  }
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (warmup === 0) coldCpuMs = cpu[0]!;
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wallMs: mid(wall), cpuMs: mid(cpu), coldCpuMs };
}

/** MB/s for a byte count and a time in ms. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1024 / 1024 / (ms / 1000);
}
