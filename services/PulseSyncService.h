#pragma once

#include "models/DatabaseConfig.h"
#include "models/PulseStore.h"
#include "models/Result.h"
#include "services/OtxClient.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QString>

#include <memory>
#include <optional>

class QThreadPool;
class SecretStore;

/// What to sync.
struct SyncRequest
{
    enum class Mode
    {
        Subscribed, ///< the subscribed feed; incremental by modified_since once a sync completed
        Search,     ///< /api/v1/search/pulses, then each pulse's details
        Pulse,      ///< one pulse by id
    };

    Mode mode = Mode::Subscribed;
    /// Subscribed: fetch the whole feed again (within the first-sync look-back) instead of
    /// only what changed since the last completed sync. Unchanged pulses cost no writes.
    bool fullResync = false;
    QString query;   ///< Search
    QString pulseId; ///< Pulse
};

struct SyncOptions
{
    DatabaseConfig database;
    OtxClientOptions otx;
    QString keyName; ///< shown in sync history; never the key itself
    /// When set, each request takes its key from the key ring (otx.apiKey is unused): usage
    /// is counted per request and a 429 or 403 moves on to another key.
    std::shared_ptr<SecretStore> keyRingSecrets;
    bool scheduled = false; ///< started by the scheduler: history says so
    int pageSize = 20;      ///< pulses per page; OTX answers large pages with 504s
    int indicatorPageSize = 1000;
    /// How far back the first subscribed sync reaches; nothing means everything.
    std::optional<qint64> firstSyncLookbackMs;
};

/// How a sync ended.
struct SyncOutcome
{
    qint64 runId = 0;
    QString kind;   ///< "full", "incremental", "search", "pulse"
    QString status; ///< SyncStatus values
    SyncCounts counts;
    Error error; ///< set when status is failed
    qint64 durationMs = 0;
    std::optional<qint64> modifiedSinceMs;
    int httpRequests = 0; ///< requests sent to OTX, retries included
};

/// Runs pulse syncs on a thread pool. Each page is written in one transaction once parsed; the
/// incremental cursor moves only when a sync completes, so a failed or cancelled sync loses
/// nothing and the next run finishes the work.
class PulseSyncService
{
    Q_DECLARE_TR_FUNCTIONS(PulseSyncService)

public:
    /// Starts a sync on `pool`. Progress: value = pulses processed, range = pulses expected
    /// (0..0 while unknown), text = what is happening. Cancel through the future; a cancelled
    /// QFuture carries no result, so read the run from sync history (PulseStore::runs) for
    /// what a cancelled sync did.
    static QFuture<SyncOutcome> start(QThreadPool *pool,
                                      const SyncRequest &request,
                                      const SyncOptions &options);

    /// The job body; runs in the calling thread. Opens its own connection and network access.
    static void run(QPromise<SyncOutcome> &promise,
                    const SyncRequest &request,
                    const SyncOptions &options);

    /// One line for a status bar or the command line.
    static QString summary(const SyncOutcome &outcome);
};
