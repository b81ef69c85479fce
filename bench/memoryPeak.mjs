// Preloaded (node --import) into a child process by bench/memory.ts: prints the process's peak
// resident set size when it exits, on a line of its own that the bench parses.
process.on('exit', () => {
  process.stderr.write(`\nopenmocap-bench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
