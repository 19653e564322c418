#pragma once

#include <QString>

/// Sizes of the enrichment benchmark (issue 4).
struct EnrichBenchSizes
{
    int indicators = 10000; ///< distinct values, one section (general) each; 0 skips
    int keys = 3;
    int perMinute = 600; ///< configured per key, and enforced by the fake
};

namespace EnrichBench {

/// Enriches synthetic indicators against the fake OTX (on its own thread) through the key
/// ring, then again to show what the freshness window saves. Prints the requests per minute
/// each key achieved against its configured rate (from the fake's ledger: never above it), the
/// total time, and the requests saved on the second run. False when a run failed or a key went
/// over its limit.
bool run(const QString &workDir, const EnrichBenchSizes &sizes);

} // namespace EnrichBench
