#pragma once

#include "models/EnrichmentStore.h"
#include "models/KeyStore.h"
#include "models/PulseStore.h"
#include "models/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Everything the Overview panel shows, read in one go off the GUI thread.
struct OverviewData
{
    QList<DaySyncCounts> syncedPerDay; ///< the last 30 days, days without a sync left out
    QList<SyncRun> recentRuns;         ///< the latest sync runs, newest first
    EnrichStats enrichment;            ///< also the indicators by type
    QJsonObject exportStats;           ///< MispExportStore::stats() for the MISP server in use
    QList<OtxKeyInfo> keys;
    QString day; ///< the ISO day the keys' usage is read for

    qint64 pulses() const { return exportStats.value(QStringLiteral("pulses")).toInteger(); }
    qint64 indicators() const;
    /// Keys that may still send today (usable and with budget left).
    int keysWithBudget() const;
};

/// Reads the Overview's data: one query per chart, against the store's own queries where they
/// exist (sync runs, enrichment and export statistics, keys).
class OverviewStore
{
public:
    static constexpr int DAYS = 30;
    static constexpr int RUNS = 30;

    explicit OverviewStore(QSqlDatabase db);

    /// `nowMs` in a zone `utcOffsetSeconds` east of UTC; `mispServer` is the export target
    /// (may be empty); `enrichableTypes` and `staleBeforeMs` as EnrichmentStore::stats takes.
    Result<OverviewData> read(qint64 nowMs,
                              int utcOffsetSeconds,
                              const QString &mispServer,
                              const QStringList &enrichableTypes,
                              qint64 staleBeforeMs) const;

private:
    QSqlDatabase m_db;
};
