#include "models/JobRunStore.h"

#include "models/Database.h"
#include "models/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString COLUMNS = u"id, job, due_at, desktop, started_at, finished_at, outcome, desktop_id"_s;

/// The high half of every job's advisory lock key ("otxk"); migrations use another.
constexpr quint64 LOCK_KEY_BASE = 0x6f74786bULL << 32;
/// How long a claim waits for another desktop's claim of the same job.
constexpr int LOCK_WAIT_MS = 2000;
/// Postgres' SQLSTATE when lock_timeout ends a wait.
const QString LOCK_NOT_AVAILABLE = u"55P03"_s;

using Database::optionalLong;

JobRun readRun(const QSqlQuery &q)
{
    JobRun run;
    run.id = q.value(0).toLongLong();
    run.job = q.value(1).toString();
    run.dueAtMs = optionalLong(q.value(2));
    run.desktop = q.value(3).toString();
    run.startedAtMs = q.value(4).toLongLong();
    run.finishedAtMs = optionalLong(q.value(5));
    run.outcome = q.value(6).toString();
    run.desktopId = q.value(7).toString();
    return run;
}

} // namespace

JobRunStore::JobRunStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 JobRunStore::lockKey(const QString &job)
{
    // FNV-1a: the same in every process, unlike qHash, which is seeded per process.
    quint32 hash = 2166136261u;
    for (const char c : job.toUtf8()) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return static_cast<qint64>(LOCK_KEY_BASE | hash);
}

Result<JobClaim> JobRunStore::claim(const QString &job,
                                    std::optional<qint64> dueAtMs,
                                    const QString &desktopId,
                                    const QString &desktopName,
                                    qint64 nowMs)
{
    if (auto begun = Database::beginWrite(m_db); !begun) {
        return begun.error();
    }
    QSqlQuery q(m_db);
    auto fail = [&](const char *what) -> Error {
        Error e = Database::queryError(q, what);
        q.finish();
        Database::rollback(m_db);
        return e;
    };
    auto notOurs = [&](std::optional<JobRun> other) -> JobClaim {
        q.finish();
        Database::rollback(m_db);
        JobClaim claim;
        claim.other = std::move(other);
        return claim;
    };

    // The job's lock, for this transaction. A desktop claiming the same job at this moment
    // holds it for milliseconds: wait, then see its claim. One holding it longer makes this
    // one skip.
    if (Database::isPostgres(m_db)) {
        if (!q.exec(u"SET LOCAL lock_timeout = '%1ms'"_s.arg(LOCK_WAIT_MS))) {
            return fail(QT_TRANSLATE_NOOP("Database", "locking a scheduled job"));
        }
        if (!q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(lockKey(job)))) {
            if (q.lastError().nativeErrorCode() != LOCK_NOT_AVAILABLE) {
                return fail(QT_TRANSLATE_NOOP("Database", "locking a scheduled job"));
            }
            qCInfo(lcDatabase) << "Another desktop holds a scheduled job's lock."
                               << "job:" << job;
            q.finish();
            Database::rollback(m_db);
            JobClaim claim;
            claim.lockHeld = true;
            claim.other = latest(job);
            return claim;
        }
    }
    if (dueAtMs) {
        q.prepare(u"SELECT %1 FROM job_runs WHERE job = ? AND due_at = ?"_s.arg(COLUMNS));
        q.addBindValue(job);
        q.addBindValue(*dueAtMs);
        if (!q.exec()) {
            return fail(QT_TRANSLATE_NOOP("Database", "reading a scheduled job's runs"));
        }
        if (q.next()) {
            return notOurs(readRun(q));
        }
    }
    // Another desktop running the job now. A run whose heartbeat stopped had its desktop
    // killed; this desktop's own unfinished runs are from before a restart.
    q.prepare(u"SELECT %1 FROM job_runs WHERE job = ? AND finished_at IS NULL "
              "AND COALESCE(desktop_id, '') <> ? AND COALESCE(heartbeat, started_at) > ? "
              "ORDER BY started_at DESC LIMIT 1"_s.arg(COLUMNS));
    q.addBindValue(job);
    q.addBindValue(desktopId);
    q.addBindValue(nowMs - STALE_AFTER_MS);
    if (!q.exec()) {
        return fail(QT_TRANSLATE_NOOP("Database", "reading a scheduled job's runs"));
    }
    if (q.next()) {
        return notOurs(readRun(q));
    }

    q.prepare(u"INSERT INTO job_runs (job, due_at, desktop, desktop_id, started_at, heartbeat) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (job, due_at) DO NOTHING RETURNING id"_s);
    q.addBindValue(job);
    q.addBindValue(Database::nullableLong(dueAtMs));
    q.addBindValue(desktopName);
    q.addBindValue(desktopId);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        return fail(QT_TRANSLATE_NOOP("Database", "claiming a scheduled job"));
    }
    if (!q.next()) {
        // Claimed by a desktop whose transaction committed first.
        return notOurs(latest(job));
    }
    JobClaim claim;
    claim.ours = true;
    claim.runId = q.value(0).toLongLong();
    q.finish();
    if (auto committed = Database::commit(m_db); !committed) {
        return committed.error();
    }
    return claim;
}

Result<void> JobRunStore::finish(qint64 runId, qint64 nowMs, const QString &outcome)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE job_runs SET finished_at = ?, outcome = ? WHERE id = ?"_s);
    q.addBindValue(nowMs);
    q.addBindValue(outcome);
    q.addBindValue(runId);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "recording how a scheduled job ended"));
    }
    return {};
}

Result<void> JobRunStore::beat(const QList<qint64> &runIds, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE job_runs SET heartbeat = ? WHERE id = ? AND finished_at IS NULL"_s);
    for (const qint64 id : runIds) {
        q.addBindValue(nowMs);
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::queryError(
                    q,
                    QT_TRANSLATE_NOOP("Database", "recording that a scheduled job runs"));
        }
    }
    return {};
}

Result<int> JobRunStore::closeInterrupted(const QString &desktopId,
                                          qint64 nowMs,
                                          const QString &outcome)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE job_runs SET finished_at = ?, outcome = ? "
              "WHERE desktop_id = ? AND finished_at IS NULL"_s);
    q.addBindValue(nowMs);
    q.addBindValue(outcome);
    q.addBindValue(desktopId);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "closing interrupted scheduled jobs"));
    }
    return q.numRowsAffected();
}

std::optional<JobRun> JobRunStore::latest(const QString &job) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT 1"_s.arg(COLUMNS));
    q.addBindValue(job);
    if (q.exec() && q.next()) {
        return readRun(q);
    }
    return std::nullopt;
}

Result<QHash<QString, JobRun>> JobRunStore::lastRuns() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT %1 FROM job_runs WHERE id IN (SELECT MAX(id) FROM job_runs GROUP BY job)"_s
                        .arg(COLUMNS))) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "reading the scheduled jobs' last runs"));
    }
    QHash<QString, JobRun> runs;
    while (q.next()) {
        JobRun run = readRun(q);
        runs.insert(run.job, run);
    }
    return runs;
}

Result<QList<JobRun>> JobRunStore::runs(const QString &job) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM job_runs WHERE job = ? ORDER BY id"_s.arg(COLUMNS));
    q.addBindValue(job);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "reading a scheduled job's runs"));
    }
    QList<JobRun> runs;
    while (q.next()) {
        runs.append(readRun(q));
    }
    return runs;
}
