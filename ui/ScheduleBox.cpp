#include "ui/ScheduleBox.h"

#include "models/JobRunStore.h"
#include "services/AppSettings.h"
#include "services/JobRunner.h"
#include "services/Scheduler.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScheduleBox::ScheduleBox(AppSettings &settings, Scheduler &scheduler, QWidget *parent)
    : QGroupBox(tr("Schedule (while otxdesk is open)"), parent)
    , m_settings(settings)
    , m_scheduler(scheduler)
{
    setObjectName(u"scheduleBox"_s);
    auto *grid = new QGridLayout;
    const QStringList headers = {tr("Job"),
                                 tr("Times"),
                                 tr("How many"),
                                 tr("Next run"),
                                 tr("Last run")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(u"<b>%1</b>"_s.arg(headers[c].toHtmlEscaped()), this);
        grid->addWidget(header, 0, c);
    }
    int line = 1;
    for (const ScheduledJob &job : settings.scheduledJobs()) {
        Row row;
        row.enabled = new QCheckBox(jobName(job.id), this);
        row.enabled->setObjectName(u"scheduleEnabled-"_s + job.id);
        row.enabled->setChecked(job.enabled);
        QStringList times;
        for (const QTime &t : job.times) {
            times.append(t.toString(u"HH:mm"_s));
        }
        row.times = new QLineEdit(times.join(u", "_s), this);
        row.times->setObjectName(u"scheduleTimes-"_s + job.id);
        row.times->setToolTip(tr("Times of day, such as 09:00, 21:00."));
        row.next = new QLabel(this);
        row.next->setObjectName(u"scheduleNext-"_s + job.id);
        row.outcome = new QLabel(tr("not yet"), this);
        row.outcome->setObjectName(u"scheduleOutcome-"_s + job.id);
        row.outcome->setWordWrap(true);
        auto *runNow = new QPushButton(tr("Run now"), this);
        runNow->setObjectName(u"scheduleRunNow-"_s + job.id);
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.times, line, 1);
        if (QSpinBox *count = batchSize(job.id)) {
            grid->addWidget(count, line, 2);
        }
        grid->addWidget(row.next, line, 3);
        grid->addWidget(row.outcome, line, 4);
        grid->addWidget(runNow, line, 5);
        const QString id = job.id;
        connect(row.enabled, &QCheckBox::toggled, this, [this, id] { apply(id); });
        connect(row.times, &QLineEdit::editingFinished, this, [this, id] { apply(id); });
        connect(runNow, &QPushButton::clicked, this, [this, id] { m_scheduler.runNow(id); });
        m_rows.insert(job.id, row);
        ++line;
    }
    grid->setColumnStretch(4, 1);
    m_zone = new QLabel(this);
    m_zone->setObjectName(u"scheduleZoneLabel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_zone);
    connect(&m_scheduler, &Scheduler::scheduleChanged, this, &ScheduleBox::refresh);
    refresh();
}

QSpinBox *ScheduleBox::batchSize(const QString &jobId)
{
    const bool enrich = jobId == u"enrich"_s;
    if (!enrich && jobId != u"export"_s) {
        return nullptr;
    }
    auto *count = new QSpinBox(this);
    count->setObjectName(u"scheduleCount-"_s + jobId);
    count->setRange(1, enrich ? 100000 : 10000);
    count->setValue(enrich ? m_settings.scheduledEnrichCount() : m_settings.scheduledExportCount());
    count->setSuffix(enrich ? tr(" indicators") : tr(" pulses"));
    count->setToolTip(enrich ? tr("Waiting indicators each scheduled enrichment takes, the "
                                  "highest priority first.")
                             : tr("Waiting pulses each scheduled export takes, at most."));
    connect(count, &QSpinBox::valueChanged, this, [this, enrich](int n) {
        if (enrich) {
            m_settings.setScheduledEnrichCount(n);
        } else {
            m_settings.setScheduledExportCount(n);
        }
    });
    return count;
}

QString ScheduleBox::jobName(const QString &jobId)
{
    if (jobId == u"sync"_s) {
        return tr("Sync subscribed pulses");
    }
    if (jobId == u"enrich"_s) {
        return tr("Enrich waiting indicators");
    }
    if (jobId == u"export"_s) {
        return tr("Export waiting pulses to MISP");
    }
    if (jobId == u"reset-usage"_s) {
        return tr("Reset the keys' daily usage");
    }
    return jobId;
}

void ScheduleBox::apply(const QString &jobId)
{
    for (ScheduledJob job : m_settings.scheduledJobs()) {
        if (job.id != jobId) {
            continue;
        }
        const Row &row = m_rows[jobId];
        job.enabled = row.enabled->isChecked();
        QList<QTime> times;
        for (const QString &t : row.times->text().split(u',', Qt::SkipEmptyParts)) {
            const QTime time = QTime::fromString(t.trimmed(), u"H:mm"_s);
            if (time.isValid()) {
                times.append(time);
            }
        }
        if (times.isEmpty()) {
            row.outcome->setText(tr("Give times such as 09:00, 21:00."));
            return;
        }
        job.times = times;
        m_settings.setScheduledJob(job);
    }
    m_scheduler.setJobs(m_settings.scheduledJobs());
}

void ScheduleBox::setOutcome(const QString &jobId, const QString &text)
{
    if (auto it = m_rows.find(jobId); it != m_rows.end()) {
        it->outcome->setText(
                tr("%1: %2").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                 text));
        it->outcome->setToolTip(text);
    }
}

void ScheduleBox::setLastRun(const QString &jobId, const JobRun &run)
{
    if (auto it = m_rows.find(jobId); it != m_rows.end()) {
        const QString text = JobRunner::describe(run);
        it->outcome->setText(text);
        it->outcome->setToolTip(text);
    }
}

void ScheduleBox::refresh()
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const auto next = m_scheduler.nextRun(it.key());
        it->next->setText(
                next ? QDateTime::fromMSecsSinceEpoch(*next, m_settings.scheduleTimeZone())
                                .toString(u"yyyy-MM-dd HH:mm"_s)
                     : tr("off"));
    }
    m_zone->setText(
            tr("Times are in %1.").arg(QString::fromLatin1(m_settings.scheduleTimeZone().id())));
}
