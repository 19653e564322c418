#pragma once

#include "models/DatabaseConfig.h"
#include "models/Result.h"
#include "services/MispClient.h"
#include "services/MispMapping.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QPromise>
#include <QString>
#include <QStringList>

class QThreadPool;

/// What to export.
struct MispExportRequest
{
    enum class Mode
    {
        Pulses,  ///< the pulses named in `pulseIds`
        Pending, ///< pulses never exported, changed since, or whose last export failed
        Publish, ///< publish the events of `pulseIds` (exported, not empty)
    };

    Mode mode = Mode::Pending;
    QStringList pulseIds;  ///< OTX ids (Pulses, Publish)
    int pendingLimit = -1; ///< Pending: at most this many; -1 for all
    bool publish = false;  ///< publish each event once exported
};

struct MispExportOptions
{
    DatabaseConfig database;
    MispClientOptions misp;
    MispEventSettings event;
    QString galaxyFolder; ///< misp-galaxy data for ATT&CK and threat-actor tags; may be empty
    int batchSize = 2000; ///< attributes per request
};

/// How one pulse's export went.
struct MispPulseResult
{
    enum class Action
    {
        Created,   ///< a new event
        Updated,   ///< the event existed and received changes
        Unchanged, ///< nothing to send
        Skipped,   ///< nothing MISP can take; no event
        Blocked,   ///< MISP blocklisted the event's uuid (deleted in MISP)
        Failed,
        Published,
    };

    QString otxId;
    QString name;
    Action action = Action::Failed;
    QString eventId;
    QString eventUuid;
    int attributesSent = 0;
    int attributesAccepted = 0; ///< in the event after the export, read back
    int attributesRejected = 0; ///< MISP said no, with a reason
    int attributesDropped = 0;  ///< MISP kept it out without a reason
    int indicatorsSkipped = 0;  ///< never sent (type MISP or otxdesk cannot take)
    Error error;
};

/// How an export job ended.
struct MispExportOutcome
{
    QString status; ///< SyncStatus values: completed (maybe with failed pulses), failed
    QList<MispPulseResult> pulses;
    Error error;           ///< set when the whole job failed (no database, no MISP)
    QString serverVersion; ///< from /servers/getVersion
    QStringList warnings;  ///< galaxy data unreadable, type table unavailable, ...
    qint64 durationMs = 0;
    int httpRequests = 0;

    int count(MispPulseResult::Action action) const;
    qint64 attributesSent() const;
    qint64 attributesAccepted() const;
};

/// Exports pulses from the store to MISP on a thread pool, one event per pulse under a uuid
/// derived from the pulse id, so a re-export updates the same event and an unchanged pulse
/// sends nothing. Every export is read back and what MISP refused or dropped is recorded
/// per attribute (MispExportStore).
class MispExportService
{
    Q_DECLARE_TR_FUNCTIONS(MispExportService)

public:
    /// Progress: range 0..1000 × pulses, value advancing per batch; text says which pulse.
    /// Cancel through the future; a cancelled QFuture carries no result (read the store).
    static QFuture<MispExportOutcome> start(QThreadPool *pool,
                                            const MispExportRequest &request,
                                            const MispExportOptions &options);
    static void run(QPromise<MispExportOutcome> &promise,
                    const MispExportRequest &request,
                    const MispExportOptions &options);

    /// Test connection on `pool`.
    static QFuture<Result<MispServerInfo>> testConnection(QThreadPool *pool,
                                                          const MispClientOptions &options);

    /// One line for a status bar or the command line.
    static QString summary(const MispExportOutcome &outcome);
    /// "created", "updated", ...: stable words for JSON output.
    static QString actionName(MispPulseResult::Action action);
};
