#pragma once

#include <QStringList>

/// The headless verbs: `sync`, `stats --json`, `pulses --json`. Runs on QCoreApplication and
/// loads no widget.
namespace CommandLine {

/// True when the arguments name a headless verb (or ask for help or the version).
bool isHeadless(const QStringList &arguments);

/// Runs the verb; returns the exit status: 0 success, 1 the job failed, 2 bad arguments.
int run(const QStringList &arguments);

} // namespace CommandLine
