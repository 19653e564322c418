#pragma once

#include "models/Pulse.h"
#include "models/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QIODevice;
struct StagedLink;

/// What one page (or a whole run) did to the store.
struct SyncCounts
{
    int pages = 0;
    int pulsesFetched = 0;
    int pulsesNew = 0;
    int pulsesUpdated = 0;
    int pulsesUnchanged = 0;
    qint64 indicatorsNew = 0;
    qint64 indicatorsLinked = 0;
    qint64 indicatorsUnlinked = 0;
    std::optional<qint64> maxModifiedMs; ///< the newest `modified` among fetched pulses

    SyncCounts &operator+=(const SyncCounts &other);
};

/// One row of sync history.
struct SyncRun
{
    qint64 id = 0;
    QString kind; ///< "full", "incremental", "search", "pulse"
    QString query;
    qint64 startedMs = 0;
    std::optional<qint64> finishedMs;
    QString status; ///< "running", "completed", "failed", "cancelled"
    SyncCounts counts;
    std::optional<qint64> modifiedSinceMs;
    QString error;
    QString keyName;
};

/// Pulses one day's syncs brought.
struct DaySyncCounts
{
    QDate day;
    qint64 newPulses = 0;
    qint64 updatedPulses = 0;
};

namespace SyncStatus {
inline const QString Running = QStringLiteral("running");
inline const QString Completed = QStringLiteral("completed");
inline const QString Failed = QStringLiteral("failed");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace SyncStatus

/// Reads and writes pulses, indicators, their links and sync runs on one open connection.
/// Writes are set-based: a page of pulses is staged (a reused prepared statement on SQLite,
/// COPY on Postgres) and merged with a handful of statements in one transaction.
class PulseStore
{
public:
    explicit PulseStore(QSqlDatabase db);

    /// Writes one parsed page in one transaction, and adds its counts to the run `runId`.
    /// A pulse already stored with the same revision and no later `modified` costs no writes.
    /// A newer one replaces its links: indicators that left it are unlinked, never deleted.
    Result<SyncCounts> writePage(const QList<Pulse> &pulses, qint64 runId);

    /// Records a sync's start; `startedBy` is "manual" or "scheduled".
    Result<qint64> startRun(const QString &kind,
                            const QString &query,
                            const QString &keyName,
                            std::optional<qint64> modifiedSinceMs,
                            const QString &startedBy = QStringLiteral("manual"));
    Result<void> finishRun(qint64 runId, const QString &status, const QString &error);

    /// Marks runs left "running" by a process that died as failed, so history tells the truth:
    /// runs started on this machine by a process that is gone, and any run without a page
    /// written for `staleAfterMs` (another desktop on a shared Postgres). Returns how many.
    Result<int> failStaleRuns(qint64 staleAfterMs);

    /// The `modified_since` for the next incremental sync: the newest `modified` seen by a
    /// completed full or incremental sync. Nothing when no such sync has completed.
    Result<std::optional<qint64>> incrementalCursor();

    Result<QList<SyncRun>> runs(int limit = 1000);
    /// Pulses new and updated per day by the syncs started since `fromMs`, days beginning at
    /// midnight `utcOffsetSeconds` east of UTC; days without a sync are left out.
    Result<QList<DaySyncCounts>> syncedPerDay(qint64 fromMs, int utcOffsetSeconds);
    Result<SyncRun> run(qint64 runId);

    /// `{"pulses", "indicators", "links", "indicators_by_type": {...}, "sync_runs": {...}}`.
    Result<QJsonObject> stats();

    /// One stored pulse with the indicators linked to it now (values as OTX sent them), or
    /// an error whose code is "store.not_found".
    Result<Pulse> loadPulse(const QString &otxId);

    /// Writes every stored pulse, ordered by OTX id, with its linked indicators, as one JSON
    /// array with OTX's field names. Streams: memory does not grow with the store.
    Result<void> writePulsesJson(QIODevice &out);

private:
    Result<void> ensureStaging();
    Result<void> stageLinksSqlite(const QList<StagedLink> &links);
    Result<void> stageLinksPostgres(const QList<StagedLink> &links);

    QSqlDatabase m_db;
    bool m_postgres = false;
    bool m_stagingReady = false;
};
