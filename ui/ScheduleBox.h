#pragma once

#include <QGroupBox>
#include <QHash>

struct JobRun;
class AppSettings;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class Scheduler;

/// The scheduler's jobs as the analyst sees them: on/off, the times (local to the schedule's
/// zone), the next run, the last outcome, and Run now. Changes take effect at once.
class ScheduleBox : public QGroupBox
{
    Q_OBJECT

public:
    ScheduleBox(AppSettings &settings, Scheduler &scheduler, QWidget *parent = nullptr);

    /// Shows how the job's last run ended.
    void setOutcome(const QString &jobId, const QString &text);
    /// Shows a job's last run as the database has it (perhaps by another desktop).
    void setLastRun(const QString &jobId, const JobRun &run);
    /// Re-reads the next run times.
    void refresh();

    /// The job's translated name.
    static QString jobName(const QString &jobId);

private:
    struct Row
    {
        QCheckBox *enabled = nullptr;
        QLineEdit *times = nullptr;
        QLabel *next = nullptr;
        QLabel *outcome = nullptr;
    };

    void apply(const QString &jobId);
    /// How many items a scheduled enrichment or export takes; nothing for other jobs.
    QSpinBox *batchSize(const QString &jobId);

    AppSettings &m_settings;
    Scheduler &m_scheduler;
    QHash<QString, Row> m_rows;
    QLabel *m_zone = nullptr;
};
