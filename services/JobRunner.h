#pragma once

#include "models/DatabaseConfig.h"
#include "models/JobRunStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

class QThreadPool;

/// Between the Scheduler and the jobs when desktops share a database (team mode): before a job
/// starts it claims the run in the database (JobRunStore, on the pool), and only the desktop
/// whose claim succeeds launches it; the others skip and say who ran it. While a claimed run
/// goes on its heartbeat is recorded every minute; when it ends, its outcome is, so every
/// desktop shows each job's last run, whoever ran it.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    /// This desktop as others see it: a lasting id and a name to show.
    struct Desktop
    {
        QString id;
        QString name;
    };

    /// `launch(id)` starts the job on this desktop and says whether it did.
    JobRunner(QThreadPool &pool,
              DatabaseConfig database,
              Desktop desktop,
              std::function<bool(const QString &)> launch,
              QObject *parent = nullptr);

    /// How this desktop is named to others (its id stays).
    void setDesktopName(const QString &name) { m_desktop.name = name; }
    /// For the Scheduler: claims the run for its due time (nothing for Run now), then
    /// launches it if the claim is ours. True while the claim is under way.
    bool start(const QString &id, std::optional<qint64> dueMs);
    /// The claim of `id` is being decided.
    bool isClaiming(const QString &id) const { return m_claiming.contains(id); }
    /// `id` runs on this desktop after a claim.
    bool isRunning(const QString &id) const { return m_runIds.contains(id); }
    /// The jobs whose claim is being decided.
    QStringList claiming() const { return QStringList(m_claiming.cbegin(), m_claiming.cend()); }
    /// The job `id` ended with `outcome`; records it when this desktop claimed the run.
    void ended(const QString &id, const QString &outcome);
    /// Closes what this desktop left unfinished when it last ran (it was killed), then reads
    /// each job's last run, by any desktop (emits `lastRunRead` per job).
    void readLastRuns();
    /// otxdesk is closing: a claim that comes back ours is recorded as not run.
    void shutDown();

    /// A sentence about another desktop's run, such as "alice@ws1 ran it at 09:00: done".
    static QString describe(const JobRun &run);

signals:
    /// This desktop will not run `id` now: `reason` says who does, or what failed.
    void skipped(const QString &id, const QString &reason);
    /// The job `id` was launched on this desktop after a successful claim.
    void launched(const QString &id);
    void lastRunRead(const QString &id, const JobRun &run);
    /// Every claimed run has recorded its end (tests wait for it).
    void allRunsRecorded();

private:
    void beat();

    QThreadPool &m_pool;
    DatabaseConfig m_database;
    Desktop m_desktop;
    std::function<bool(const QString &)> m_launch;
    QSet<QString> m_claiming;
    QHash<QString, qint64> m_runIds; ///< job -> its job_runs row, while it runs
    QTimer m_heartbeat;
    int m_recording = 0;
    bool m_shutDown = false;
};
