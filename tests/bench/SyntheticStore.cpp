#include "tests/bench/SyntheticStore.h"

#include "models/Database.h"
#include "models/PulseStore.h"
#include "services/OtxParser.h"
#include "tests/bench/SyntheticPulses.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SyntheticStore {

QString write(const DatabaseConfig &config, int first, int count, int perPulse)
{
    ScopedConnection connection(config, u"bench-build"_s, true);
    if (!connection.ok()) {
        return connection.error().text();
    }
    PulseStore store(connection.db());
    const auto run = store.startRun(u"full"_s, {}, u"bench"_s, std::nullopt);
    if (!run) {
        return run.error().text();
    }
    // Pages as a sync writes them; a page of big pulses is kept small so memory stays flat.
    const int page = std::clamp(200000 / std::max(1, perPulse), 1, 200);
    for (int from = first; from < first + count; from += page) {
        QList<Pulse> pulses;
        for (int i = from; i < std::min(first + count, from + page); ++i) {
            pulses.append(OtxParser::parsePulse(SyntheticPulses::pulse(i, perPulse)).value());
        }
        if (auto written = store.writePage(pulses, run.value()); !written) {
            return written.error().text();
        }
    }
    store.finishRun(run.value(), SyncStatus::Completed, {});
    return {};
}

} // namespace SyntheticStore
