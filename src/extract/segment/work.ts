/**
 * An optional work counter the segmenters add their loop iterations to, so that tests can check
 * linear time by counting steps instead of timing a noisy machine.
 */
export interface WorkCounter {
  steps: number;
}
