#pragma once

#include <QStringList>

/// Runs a program to its end and reports its wall time and peak resident memory, measured by
/// the kernel (wait4's ru_maxrss) for that process alone.
struct Measured
{
    int exitCode = -1;
    double seconds = 0;
    long peakRssKb = 0;
    double cpuSeconds = 0; ///< user + system time of the process
};

namespace Measure {

/// Forks and execs `program` with `arguments` (environment inherited) and waits for it.
/// Blocks the calling thread: call it from a thread other than the one serving the fake.
Measured run(const QString &program, const QStringList &arguments);

/// The kernel's peak-RSS figure for a process includes the image it was forked from, and the
/// benchmark holds a whole corpus. So a small launcher (the benchmark binary, freshly exec'd
/// with `--measure-child`, whose main() calls run() and prints the figures) forks the program,
/// and its figure is the program's own. Blocks the calling thread.
Measured throughLauncher(const QString &program, const QStringList &arguments);

} // namespace Measure
