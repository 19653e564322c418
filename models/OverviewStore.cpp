#include "models/OverviewStore.h"

#include "models/MispExportStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

qint64 OverviewData::indicators() const
{
    const EnrichStats::Counts &t = enrichment.total;
    return qint64(t.enriched) + t.stale + t.never + t.failed + t.notEnrichable;
}

int OverviewData::keysWithBudget() const
{
    int n = 0;
    for (const OtxKeyInfo &key : keys) {
        n += key.health != OtxKeyHealth::Invalid && key.remainingOn(day) > 0 ? 1 : 0;
    }
    return n;
}

OverviewStore::OverviewStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<OverviewData> OverviewStore::read(qint64 nowMs,
                                         int utcOffsetSeconds,
                                         const QString &mispServer,
                                         const QStringList &enrichableTypes,
                                         qint64 staleBeforeMs) const
{
    OverviewData data;
    const QDateTime now =
            QDateTime::fromMSecsSinceEpoch(nowMs, Qt::OffsetFromUTC, utcOffsetSeconds);
    const qint64 from = now.date()
                                .addDays(-(DAYS - 1))
                                .startOfDay(Qt::OffsetFromUTC, utcOffsetSeconds)
                                .toMSecsSinceEpoch();
    data.day = now.date().toString(Qt::ISODate);

    PulseStore pulses(m_db);
    auto perDay = pulses.syncedPerDay(from, utcOffsetSeconds);
    if (!perDay) {
        return perDay.error();
    }
    data.syncedPerDay = perDay.value();
    auto runs = pulses.runs(RUNS);
    if (!runs) {
        return runs.error();
    }
    data.recentRuns = runs.value();
    auto enrichment = EnrichmentStore(m_db).stats(enrichableTypes, staleBeforeMs);
    if (!enrichment) {
        return enrichment.error();
    }
    data.enrichment = enrichment.value();
    auto exported = MispExportStore(m_db, mispServer).stats();
    if (!exported) {
        return exported.error();
    }
    data.exportStats = exported.value();
    auto keys = KeyStore(m_db).keys();
    if (!keys) {
        return keys.error();
    }
    data.keys = keys.value();
    return data;
}
