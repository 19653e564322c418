#include "services/JobRunner.h"

#include "models/Database.h"
#include "services/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

JobRunner::JobRunner(QThreadPool &pool,
                     DatabaseConfig database,
                     Desktop desktop,
                     std::function<bool(const QString &)> launch,
                     QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_database(std::move(database))
    , m_desktop(std::move(desktop))
    , m_launch(std::move(launch))
{
    m_heartbeat.setInterval(static_cast<int>(JobRunStore::HEARTBEAT_MS));
    connect(&m_heartbeat, &QTimer::timeout, this, &JobRunner::beat);
}

void JobRunner::shutDown()
{
    m_shutDown = true;
    m_heartbeat.stop();
}

void JobRunner::beat()
{
    if (m_runIds.isEmpty()) {
        m_heartbeat.stop();
        return;
    }
    const QList<qint64> ids = m_runIds.values();
    // Fire and forget: a missed beat only brings the stale limit closer.
    m_pool.start([database = m_database, ids] {
        ScopedConnection c(database, u"job-heartbeat"_s);
        if (!c.ok()) {
            return;
        }
        if (auto beaten = JobRunStore(c.db()).beat(ids, QDateTime::currentMSecsSinceEpoch());
            !beaten) {
            qCWarning(lcScheduler) << "A scheduled job's heartbeat could not be recorded."
                                   << "reason:" << beaten.error().text();
        }
    });
}

QString JobRunner::describe(const JobRun &run)
{
    const QString at = QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.startedAtMs),
                                          QLocale::ShortFormat);
    if (!run.finishedAtMs) {
        return tr("%1 is running it (since %2).").arg(run.desktop, at);
    }
    if (run.outcome.isEmpty()) {
        return tr("%1 ran it at %2.").arg(run.desktop, at);
    }
    return tr("%1 ran it at %2: %3").arg(run.desktop, at, run.outcome);
}

bool JobRunner::start(const QString &id, std::optional<qint64> dueMs)
{
    if (m_claiming.contains(id) || m_runIds.contains(id)) {
        return false;
    }
    m_claiming.insert(id);
    auto *watcher = new QFutureWatcher<Result<JobClaim>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        m_claiming.remove(id);
        const Result<JobClaim> claim = watcher->result();
        if (!claim) {
            qCWarning(lcScheduler) << "A job could not be claimed; it does not run."
                                   << "job:" << id << "reason:" << claim.error().text();
            emit skipped(id, claim.error().message);
            return;
        }
        if (claim->ours && m_shutDown) {
            m_runIds.insert(id, claim->runId);
            ended(id, tr("Not run: otxdesk was closing."));
            return;
        }
        if (!claim->ours) {
            QString who =
                    claim->other ? describe(*claim->other) : tr("Another desktop is claiming it.");
            if (claim->lockHeld) {
                who = claim->other ? tr("Another desktop holds this job now. Last run: %1")
                                             .arg(describe(*claim->other))
                                   : tr("Another desktop holds this job now.");
            }
            qCInfo(lcScheduler) << "Another desktop has this job's run; it is skipped here."
                                << "job:" << id
                                << "desktop:" << (claim->other ? claim->other->desktop : u"?"_s);
            emit skipped(id, who);
            return;
        }
        m_runIds.insert(id, claim->runId);
        m_heartbeat.start();
        if (!m_launch(id)) {
            ended(id, tr("It could not start."));
            emit skipped(id, tr("It could not start."));
            return;
        }
        emit launched(id);
    });
    watcher->setFuture(QtConcurrent::run(
            &m_pool,
            [database = m_database, id, dueMs, desktop = m_desktop]() -> Result<JobClaim> {
                ScopedConnection c(database, u"job-claim"_s);
                if (!c.ok()) {
                    return c.error();
                }
                return JobRunStore(c.db()).claim(id,
                                                 dueMs,
                                                 desktop.id,
                                                 desktop.name,
                                                 QDateTime::currentMSecsSinceEpoch());
            }));
    return true;
}

// TODO(team): the outcome is stored as the text this desktop shows, in its language; a
// colleague whose otxdesk speaks another language reads it untranslated. Storing a status and
// counts, put into words by the reader, would fix that.
void JobRunner::ended(const QString &id, const QString &outcome)
{
    const auto runId = m_runIds.take(id);
    if (!runId) {
        return; // a manual run from the panels: not claimed
    }
    ++m_recording;
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (const Result<void> done = watcher->result(); !done) {
            qCWarning(lcScheduler) << "How a job ended could not be recorded."
                                   << "job:" << id << "reason:" << done.error().text();
        }
        if (--m_recording == 0 && m_claiming.isEmpty() && m_runIds.isEmpty()) {
            emit allRunsRecorded();
        }
    });
    watcher->setFuture(
            QtConcurrent::run(&m_pool, [database = m_database, runId, outcome]() -> Result<void> {
                ScopedConnection c(database, u"job-end"_s);
                if (!c.ok()) {
                    return c.error();
                }
                return JobRunStore(c.db()).finish(runId,
                                                  QDateTime::currentMSecsSinceEpoch(),
                                                  outcome);
            }));
}

void JobRunner::readLastRuns()
{
    auto *watcher = new QFutureWatcher<Result<QHash<QString, JobRun>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto runs = watcher->result();
        if (!runs) {
            qCWarning(lcScheduler) << "The jobs' last runs could not be read."
                                   << "reason:" << runs.error().text();
            return;
        }
        for (auto it = runs->cbegin(); it != runs->cend(); ++it) {
            emit lastRunRead(it.key(), it.value());
        }
    });
    const QString interrupted = tr("Interrupted: otxdesk stopped before it ended.");
    watcher->setFuture(QtConcurrent::run(&m_pool,
                                         [database = m_database,
                                          desktopId = m_desktop.id,
                                          interrupted]() -> Result<QHash<QString, JobRun>> {
                                             ScopedConnection c(database, u"job-runs"_s);
                                             if (!c.ok()) {
                                                 return c.error();
                                             }
                                             JobRunStore store(c.db());
                                             const auto closed = store.closeInterrupted(
                                                     desktopId,
                                                     QDateTime::currentMSecsSinceEpoch(),
                                                     interrupted);
                                             if (!closed) {
                                                 return closed.error();
                                             }
                                             return store.lastRuns();
                                         }));
}
