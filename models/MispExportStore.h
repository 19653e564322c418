#pragma once

#include "models/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace MispExportStatus {
inline const QString Exported = QStringLiteral("exported"); ///< the event holds this revision
inline const QString Partial = QStringLiteral("partial");   ///< event created, export unfinished
inline const QString Failed = QStringLiteral("failed");     ///< the last attempt failed
inline const QString Blocked = QStringLiteral("blocked");   ///< MISP blocklisted the event uuid
inline const QString Skipped = QStringLiteral("skipped");   ///< nothing MISP can take
} // namespace MispExportStatus

/// Why a pulse waits for export.
namespace MispPendingReason {
inline const QString New = QStringLiteral("new");
inline const QString Changed = QStringLiteral("changed");
inline const QString Failed = QStringLiteral("failed");
inline const QString Partial = QStringLiteral("partial");
} // namespace MispPendingReason

/// Where one pulse stands with one MISP server (a misp_events row).
struct MispExportState
{
    qint64 pulseRowId = 0;
    QString eventId; ///< MISP's numeric id as text; empty until MISP created the event
    QString eventUuid;
    QString status; ///< MispExportStatus
    std::optional<int> exportedRevision;
    std::optional<qint64> exportedModifiedMs;
    std::optional<qint64> exportedAtMs;
    qint64 attemptedAtMs = 0;
    std::optional<qint64> publishedAtMs;
    int attributesSent = 0;
    int attributesAccepted = 0;
    int attributesRejected = 0;
    int attributesSkipped = 0;
    QString tlpTag;
    bool tlpDefaulted = false;
    QString lastError;
};

/// One attribute (or tag) that did not make it into the event, and why.
struct MispExportProblem
{
    QString kind; ///< "rejected" (MISP said no), "dropped" (MISP said nothing), "skipped"
    QString otxType;
    QString mispType;
    QString value;
    QString attributeUuid;
    QString reason;
};

/// A pulse waiting for export.
struct MispPendingPulse
{
    qint64 rowId = 0;
    QString otxId;
    QString name;
    QString reason; ///< MispPendingReason
    QString lastError;
};

/// The export bookkeeping for one MISP server on one open connection: which event holds
/// each pulse, what the last export did, and which pulses wait.
class MispExportStore
{
public:
    /// `server` identifies the MISP instance (its base URL); states of other servers are
    /// invisible through this store.
    MispExportStore(QSqlDatabase db, QString server);

    /// The base URL as the store keys it: no trailing slash, no query.
    static QString serverKey(const QString &baseUrl);

    /// The SQL expression that gives a pulse's MispPendingReason (NULL when it is not
    /// pending), over `pulses p` left-joined with this server's `misp_events e`.
    static QString pendingReasonSql();

    Result<std::optional<MispExportState>> state(qint64 pulseRowId);
    /// Writes the state; with `problems`, replaces the pulse's recorded problems in the same
    /// transaction.
    Result<void> saveState(const MispExportState &state,
                           const std::optional<QList<MispExportProblem>> &problems = {});
    Result<QList<MispExportProblem>> problems(qint64 pulseRowId);

    /// Pulses never exported to this server, changed since their export, or whose last
    /// export failed or stopped half-way, oldest change first. Blocked pulses wait for the
    /// analyst, not for the batch.
    Result<QList<MispPendingPulse>> pending(int limit = -1);

    /// `{"pulses", "exported", "pending", "failed", "blocked", "skipped", "published"}`;
    /// "exported" counts events that hold the pulse as it is now (not pending).
    Result<QJsonObject> stats();

private:
    QSqlDatabase m_db;
    QString m_server;
};
