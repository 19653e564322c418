#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// One run of a scheduler job, by this desktop or another sharing the database (a job_runs
/// row).
struct JobRun
{
    qint64 id = 0;
    QString job;
    std::optional<qint64> dueAtMs; ///< the scheduled time it ran for; nothing for Run now
    QString desktop;               ///< who ran it, such as "alice@ws-12"
    QString desktopId;             ///< that desktop's lasting id
    qint64 startedAtMs = 0;
    std::optional<qint64> finishedAtMs;
    QString outcome;
};

/// What a desktop learns when it asks to run a job.
struct JobClaim
{
    /// True when this desktop runs the job; `runId` names its row.
    bool ours = false;
    qint64 runId = 0;
    /// When not ours: the run that has it (or ran it), to show who; when `lockHeld`, the last
    /// run recorded, since the one under way is not known yet.
    std::optional<JobRun> other;
    /// Another desktop held the job's lock for longer than a claim takes.
    bool lockHeld = false;
};

/// The job_runs table: how desktops sharing one database agree on who runs a scheduled job.
/// A scheduled run claims its due time under a Postgres advisory lock per job (a desktop that
/// cannot have the lock within two seconds skips); the claim is a row unique per job and due
/// time, so a desktop whose timer fires late, or that catches up at start-up, finds the run
/// taken and skips it. On SQLite the write lock does the same for
/// several processes on one file.
class JobRunStore
{
    Q_DECLARE_TR_FUNCTIONS(JobRunStore)

public:
    /// A running desktop beats this often for each of its runs.
    static constexpr qint64 HEARTBEAT_MS = 60LL * 1000;
    /// A run unfinished and without a heartbeat for this long had its desktop killed.
    static constexpr qint64 STALE_AFTER_MS = 5 * HEARTBEAT_MS;

    explicit JobRunStore(QSqlDatabase db);

    /// Asks to run `job` as the desktop `desktopId` (shown as `desktopName`) at `nowMs`: for
    /// its scheduled time `dueAtMs`, or now (Run now, no due time). Not ours when another
    /// desktop holds the job's lock, has claimed the same due time, or is running the job.
    Result<JobClaim> claim(const QString &job,
                           std::optional<qint64> dueAtMs,
                           const QString &desktopId,
                           const QString &desktopName,
                           qint64 nowMs);
    /// The runs `runIds` are still going at `nowMs`.
    Result<void> beat(const QList<qint64> &runIds, qint64 nowMs);
    /// Records how the run ended.
    Result<void> finish(qint64 runId, qint64 nowMs, const QString &outcome);
    /// Ends the runs the desktop `desktopId` left unfinished (it was killed or crashed) with
    /// `outcome`; returns how many.
    Result<int> closeInterrupted(const QString &desktopId, qint64 nowMs, const QString &outcome);
    /// Each job's latest run, by any desktop.
    Result<QHash<QString, JobRun>> lastRuns() const;
    /// Every run of `job`, oldest first.
    Result<QList<JobRun>> runs(const QString &job) const;

    /// The Postgres advisory lock key of `job`: stable across processes and builds.
    static qint64 lockKey(const QString &job);

private:
    std::optional<JobRun> latest(const QString &job) const;

    QSqlDatabase m_db;
};
