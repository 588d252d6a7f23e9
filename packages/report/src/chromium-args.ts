/**
 * The flags Debian's Chromium needs to run headless on an offline machine (no sandbox as root, no
 * GPU, and none of the background connections a closed network refuses). One list for the browser
 * tests, `hnl report pdf` and the page-weight benchmark.
 *
 * @example
 * chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
