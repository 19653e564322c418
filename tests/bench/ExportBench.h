#pragma once

#include <QString>

/// Sizes of the MISP export benchmark (issue 3): `pulses` × `perPulse` synthetic indicators,
/// then one pulse with `bigPulse` indicators; 0 skips a part.
struct ExportBenchSizes
{
    int pulses = 100;
    int perPulse = 1000;
    int bigPulse = 25000;
};

namespace ExportBench {

/// Exports synthetic pulses to the in-process fake MISP (on its own thread), first through
/// `otxdesk export-misp` (the binary at `otxdesk`: attributes per second, peak RSS, and a rerun
/// that must send nothing), then from the MISP export panel of a real main window on this
/// thread while a 5 ms timer measures the longest event-loop stall. Needs a QApplication.
/// Prints the figures; returns false when an export failed or lost attributes.
bool run(const QString &otxdesk, const QString &workDir, const ExportBenchSizes &sizes);

} // namespace ExportBench
