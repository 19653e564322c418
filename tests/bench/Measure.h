#pragma once

#include <QStringList>

/// Runs a program to its end and reports its wall time and peak resident memory, measured by
/// the kernel (wait4's ru_maxrss) for that process alone.
struct Measured
{
    int exitCode = -1;
    double seconds = 0;
    long peakRssKb = 0;
};

namespace Measure {

/// Forks and execs `program` with `arguments` (environment inherited) and waits for it.
/// Blocks the calling thread: call it from a thread other than the one serving the fake.
Measured run(const QString &program, const QStringList &arguments);

} // namespace Measure
