// Preloaded (`--import`) into a benchmarked child process: writes the CPU time the process used
// (user + system, microseconds) as the last line of its stderr, so a row can judge CPU as well as
// wall time (wall time on a loaded 2-core machine mostly measures the other processes).
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-us ${user + system}\n`);
});
