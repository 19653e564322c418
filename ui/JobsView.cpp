#include "ui/JobsView.h"

#include <QFrame>
#include <QFutureWatcherBase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString JOB_ROW = u"job"_s;

} // namespace

JobsView::JobsView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_emptyLabel = new QLabel(tr("No jobs running."), this);
    m_emptyLabel->setObjectName(u"noJobsLabel"_s);
    m_emptyLabel->setEnabled(false);
    layout->addWidget(m_emptyLabel);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    layout->addStretch(1);
}

void JobsView::addJob(const QString &title, QFutureWatcherBase *watcher)
{
    auto *row = new QFrame(this);
    row->setObjectName(JOB_ROW);
    row->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(6, 4, 6, 4);

    auto *text = new QVBoxLayout;
    auto *titleLabel = new QLabel(title, row);
    titleLabel->setObjectName(u"jobTitle"_s);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    auto *statusLabel = new QLabel(tr("Starting…"), row);
    statusLabel->setObjectName(u"jobStatus"_s);
    statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(titleLabel);
    text->addWidget(statusLabel);
    layout->addLayout(text, 2);

    auto *bar = new QProgressBar(row);
    bar->setObjectName(u"jobProgress"_s);
    bar->setRange(0, 0); // busy until the job reports how much there is
    bar->setTextVisible(false);
    bar->setMinimumWidth(160);
    layout->addWidget(bar, 1);

    auto *cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(u"cancelJobButton"_s);
    cancel->setToolTip(tr("Stop this job. What it already stored is kept."));
    layout->addWidget(cancel);

    connect(watcher,
            &QFutureWatcherBase::progressRangeChanged,
            bar,
            [bar](int minimum, int maximum) {
                bar->setRange(minimum, std::max(minimum, maximum));
                bar->setTextVisible(maximum > minimum);
            });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, bar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, statusLabel, &QLabel::setText);
    connect(cancel, &QPushButton::clicked, watcher, [watcher, cancel, statusLabel] {
        cancel->setEnabled(false);
        statusLabel->setText(tr("Cancelling…"));
        watcher->cancel();
    });
    connect(watcher, &QFutureWatcherBase::finished, row, [this, row] {
        row->hide();
        row->deleteLater();
        m_rows->removeWidget(row);
        updateEmptyState();
    });
    // A watcher deleted before it reports finished takes its row along.
    connect(watcher, &QObject::destroyed, row, [this, row] {
        row->hide();
        row->deleteLater();
        m_rows->removeWidget(row);
        updateEmptyState();
    });

    m_rows->addWidget(row);
    updateEmptyState();
}

int JobsView::jobCount() const
{
    int count = 0;
    for (int i = 0; i < m_rows->count(); ++i) {
        if (QWidget *w = m_rows->itemAt(i)->widget(); w && w->objectName() == JOB_ROW) {
            ++count;
        }
    }
    return count;
}

void JobsView::updateEmptyState()
{
    const int count = jobCount();
    m_emptyLabel->setVisible(count == 0);
    emit jobCountChanged(count);
}

void JobsView::followProgress(QFutureWatcherBase *watcher, QProgressBar *bar)
{
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, bar, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, bar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, bar, &QProgressBar::setFormat);
    bar->setRange(0, 0);
}
